using System.Globalization;
using Verbind.Bench.Agreements;

// The agreements figure on a real server: N parties sign one declaration at the same moment.
//   seed  <Sqlite|Postgres> <connection string> <parties> <rounds> <tokens file>
//         a network with <parties> partners and, per round, a declaration sent to all of them (the
//         real SendForSigning, mail to a pickup folder); writes one line of tokens per round.
//   sign  <base url> <tokens file> <warm-up rounds> <server pid> [database name]
//         per round: every signer opens their page, then all press "sign" at once; prints the latency
//         and the CPU (server, its PostgreSQL backends, client) of each round's POSTs, and of all rounds after the warm-up.
//   check <Sqlite|Postgres> <connection string> <parties>
//         every declaration has exactly <parties> signatures, one per signer, each with the document's hash.
//   pdf   [renders=50]
//         the PDF of a ten-page declaration with 40 signers: page count and render times.
var invariant = CultureInfo.InvariantCulture;
return args.ElementAtOrDefault(0) switch
{
    "seed" => await BenchSeed.RunAsync(args[1], args[2], int.Parse(args[3], invariant), int.Parse(args[4], invariant), args[5]),
    "sign" => await BenchSigning.RunAsync(new Uri(args[1]), args[2], int.Parse(args[3], invariant), new ProcessCpu(int.Parse(args[4], invariant), args.ElementAtOrDefault(5))),
    "check" => await BenchCheck.RunAsync(args[1], args[2], int.Parse(args[3], invariant)),
    "pdf" => BenchPdf.Run(args.Length > 1 ? int.Parse(args[1], invariant) : 50),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: seed <provider> <connection> <parties> <rounds> <tokens file> | sign <base url> <tokens file> <warm-up rounds> <server pid> [database] | check <provider> <connection> <parties> | pdf [renders]");
    return 2;
}
