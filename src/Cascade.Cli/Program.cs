using Cascade.Cli;

return await CascadeCli.RunAsync(args, Console.Out, Console.Error);
