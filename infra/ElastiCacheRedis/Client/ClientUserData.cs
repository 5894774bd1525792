namespace ElastiCacheRedis;

/// <summary>
/// User data of the client instance (Amazon Linux 2023): installs a Redis-compatible CLI with TLS
/// support so an operator in an SSM session can run <c>redis-cli --tls -h &lt;endpoint&gt; -p &lt;port&gt;</c>.
/// </summary>
internal static class ClientUserData
{
    // AL2023 ships redis6 (binary redis6-cli, built with TLS) and, in newer releases, valkey
    // (valkey-cli). Either is linked as redis-cli. The packages come from the Amazon Linux
    // repositories on S3, reached through the VPC's S3 gateway endpoint; the loop is bounded
    // (10 tries, 30 s apart) in case the instance boots before the endpoint's route is usable.
    // dnf can exhaust the 512 MiB of a t4g.nano (the dev default), so a 1 GiB swap file comes first.
    public const string Script = """
        #!/bin/bash
        set -uo pipefail
        if ! swapon --show | grep -q /swapfile; then
            fallocate -l 1G /swapfile && chmod 600 /swapfile && mkswap /swapfile && swapon /swapfile \
                && echo '/swapfile none swap defaults 0 0' >> /etc/fstab
        fi
        for attempt in $(seq 1 10); do
            if dnf install -y redis6; then
                ln -sf /usr/bin/redis6-cli /usr/local/bin/redis-cli
                exit 0
            fi
            if dnf install -y valkey; then
                ln -sf /usr/bin/valkey-cli /usr/local/bin/redis-cli
                exit 0
            fi
            echo "redis-cli install attempt $attempt failed; retrying in 30 s" >&2
            sleep 30
        done
        echo "could not install a Redis-compatible CLI" >&2
        exit 1

        """;
}
