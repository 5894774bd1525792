using Smoke.Cli;

return await SmokeCli.RunAsync(args, CliContext.FromConsole()).ConfigureAwait(false);
