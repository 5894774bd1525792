using Infra;
using Pulumi;

// The Pulumi program (Pulumi.yaml `main: infra/Infra`). Everything it declares lives in
// ElastiCacheStack.Define, which the unit tests run in-process with Pulumi's mocks.
Func<IDictionary<string, object?>> program = ElastiCacheStack.Define;
return await Deployment.RunAsync(program);
