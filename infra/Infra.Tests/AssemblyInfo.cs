// Pulumi's Deployment is process-wide state (and PULUMI_CONFIG an environment variable): Pulumi
// unit tests must run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
