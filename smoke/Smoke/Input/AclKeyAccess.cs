namespace Smoke.Input;

/// <summary>What a command does to a key, for the ACL key patterns (%R~ read, %W~ write, ~ both).</summary>
[Flags]
public enum AclKeyAccess
{
    None = 0,
    Read = 1,
    Write = 2,
    ReadWrite = Read | Write,
}
