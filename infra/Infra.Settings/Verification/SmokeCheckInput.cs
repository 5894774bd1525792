using System.Text.Json;

namespace Infra.Settings;

/// <summary>
/// What the post-deploy check hands the smoke test on standard input (<c>--outputs -</c>): the
/// stack outputs it needs besides the endpoints (which go on the command line), in the stack
/// outputs' own shape. <c>replicas</c> lets it accept a reader endpoint that serves the primary
/// when there are none; in rbac mode <c>users</c> and <c>userPasswords</c> let it pick a user that
/// may write <c>smoke:*</c> keys, as it does from the real outputs. The text holds passwords in rbac
/// mode: the program passes it only as a Pulumi secret.
/// </summary>
public static class SmokeCheckInput
{
    public static string Json(int replicas, AccessSettings access)
    {
        var document = new Dictionary<string, object>
        {
            ["replicas"] = replicas,
            ["authMode"] = access.ModeName,
        };
        if (access.Mode == AccessMode.Rbac)
        {
            document["users"] = AccessOutputShapes.Users(access);
            document["userPasswords"] = AccessOutputShapes.RevealedPasswords(access);
        }

        return JsonSerializer.Serialize(document);
    }
}
