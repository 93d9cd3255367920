using Verbind.Bench.Helpline;

// Load generator for the helpline chat. Usage:
//   seed <Sqlite|Postgres> "<connection string>" <counsellors>   a network, a helpline open all week, counsellor accounts
//   relay <port>                                                  a bare SignalR hub that only relays (the floor)
//   load <verbind|relay> <url>[,<counsellors' url>] <conversations> <seconds> [interval seconds=5] [counsellors]
return args.ElementAtOrDefault(0) switch
{
    "seed" => await Seed.RunAsync(args[1], args[2], Int(3)),
    "relay" => await RelayServer.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)),
    "load" => await Load.RunAsync(args[1], Url(0), Url(^1), Int(3), Int(4), args.Length > 5 ? Int(5) : 5, args.Length > 6 ? Int(6) : 0),
    _ => Usage(),
};

int Int(int index) => int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture);

Uri Url(Index which) => new(args[2].Split(',')[which]);

static int Usage()
{
    Console.Error.WriteLine("usage: seed <Sqlite|Postgres> <connection> <counsellors> | relay <port> | load <verbind|relay> <url>[,<url>] <conversations> <seconds> [interval] [counsellors]");
    return 2;
}
