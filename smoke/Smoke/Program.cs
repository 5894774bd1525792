using Smoke.Cli;

using var interrupt = new ConsoleInterrupt();
return await SmokeCli.RunAsync(args, CliContext.FromConsole(interrupt.Token)).ConfigureAwait(false);
