using Pulumi;

return await Deployment.RunAsync(() => { });
