return Check.CheckCommand.Run(args, Console.Out, Console.Error);
