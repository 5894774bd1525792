using Smoke.Cli;
using Smoke.Connection;

namespace Smoke.Input;

/// <summary>
/// Decides how to authenticate from the flags and the outputs: --user (password from
/// --password-env or userPasswords), a user picked from RBAC outputs, or the token (authToken or
/// --auth-token-env) as before RBAC. Problems name flags and keys, never a secret.
/// </summary>
public static class LoginResolver
{
    public static Login Resolve(TargetOptions options, StackOutputs? outputs, Func<string, string?> environment, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.User is { } user)
        {
            return ForUser(user, options, outputs, environment, problems);
        }

        var rbac = outputs?.AuthMode == AuthModes.Rbac || (outputs?.AuthMode is null && outputs?.Users is not null);
        if (rbac && options.AuthTokenVariable is null)
        {
            return UserPicker.Pick(outputs!, problems) ?? Login.None;
        }

        return new Login(null, Token(options, outputs, environment, problems));
    }

    private static Login ForUser(string user, TargetOptions options, StackOutputs? outputs, Func<string, string?> environment, List<string> problems)
    {
        if (outputs?.Users is { } users)
        {
            if (!users.TryGetValue(user, out var entry))
            {
                problems.Add($"--user {user}: not in the users output ({outputs.Source}; users: {string.Join(", ", users.Keys.Order(StringComparer.Ordinal))})");
                return Login.None;
            }

            if (!entry.UsesPassword)
            {
                problems.Add($"--user {user}: the users output says it authenticates with {entry.Auth}; the smoke check logs in with a password (pick a password user)");
                return Login.None;
            }
        }

        if (options.PasswordVariable is { } variable)
        {
            var value = environment(variable);
            if (string.IsNullOrEmpty(value))
            {
                problems.Add($"{DescribeVariable("--password-env", variable)} is not set or empty; export the password of user {user} "
                    + $"(e.g. from `pulumi stack output --show-secrets --json {StackOutputs.UserPasswordsKey}`)");
                return Login.None;
            }

            return new Login(user, new AuthToken(value));
        }

        if (outputs?.UserPasswords is { } passwords && passwords.TryGetValue(user, out var password))
        {
            return new Login(user, password);
        }

        problems.Add(outputs?.UserPasswordsHidden == true
            ? $"--user {user}: no password: {StackOutputs.UserPasswordsKey} ({outputs.Source}) is hidden as '{StackOutputsParser.HiddenSecret}'; "
                + "read the outputs with `pulumi stack output --json --show-secrets`, or give --password-env <NAME>"
            : $"--user {user}: no password: give --password-env <NAME> (the variable holding it), "
                + $"or stack outputs (--stack/--outputs) whose {StackOutputs.UserPasswordsKey} holds {user}");
        return Login.None;
    }

    private static AuthToken? Token(TargetOptions options, StackOutputs? outputs, Func<string, string?> environment, List<string> problems)
    {
        if (options.AuthTokenVariable is not { } variable)
        {
            return outputs?.AuthToken;
        }

        var value = environment(variable);
        if (string.IsNullOrEmpty(value))
        {
            problems.Add($"{DescribeVariable("--auth-token-env", variable)} is not set or empty; "
                + "a token is needed: export it (e.g. from `pulumi stack output --show-secrets authToken`) or drop the flag when AUTH is off");
            return null;
        }

        return new AuthToken(value);
    }

    /// <summary>
    /// A secret made of letters and digits passes for a variable name: when the name is not in the
    /// conventional UPPER_CASE form, it may be the secret pasted by mistake, so it is not repeated.
    /// </summary>
    private static string DescribeVariable(string flag, string variable) =>
        variable.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')
            ? $"{flag} {variable}: the environment variable {variable}"
            : $"{flag}: the environment variable it names (not repeated here in case it is the secret itself; names are usually UPPER_CASE)";
}
