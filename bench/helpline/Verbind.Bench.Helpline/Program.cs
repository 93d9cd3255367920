using Verbind.Bench.Helpline;

// Load generator for the helpline chat. Usage:
//   seed "<sqlite connection string>" <counsellors>      a network, a helpline open all week, counsellor accounts
//   relay <port>                                           a bare SignalR hub that only relays (the floor)
//   load <verbind|relay> <base url> <conversations> <seconds> [interval seconds=5] [counsellors]
return args.ElementAtOrDefault(0) switch
{
    "seed" => await Seed.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
    "relay" => await RelayServer.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)),
    "load" => await Load.RunAsync(args[1], new Uri(args[2]), Int(3), Int(4), args.Length > 5 ? Int(5) : 5, args.Length > 6 ? Int(6) : 0),
    _ => Usage(),
};

int Int(int index) => int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: seed <connection> <counsellors> | relay <port> | load <verbind|relay> <url> <conversations> <seconds> [interval] [counsellors]");
    return 2;
}
