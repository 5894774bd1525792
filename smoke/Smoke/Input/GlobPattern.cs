namespace Smoke.Input;

/// <summary>Redis glob matching (KEYS and ACL key patterns): *, ?, [abc], [^a], [a-z] and \ escapes.</summary>
public static class GlobPattern
{
    public static bool Matches(string pattern, string text) => Match(pattern, 0, text, 0);

    private static bool Match(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            switch (pattern[p])
            {
                case '*':
                    while (p + 1 < pattern.Length && pattern[p + 1] == '*')
                    {
                        p++;
                    }

                    for (var rest = t; rest <= text.Length; rest++)
                    {
                        if (Match(pattern, p + 1, text, rest))
                        {
                            return true;
                        }
                    }

                    return false;
                case '?':
                    if (t >= text.Length)
                    {
                        return false;
                    }

                    break;
                case '[':
                    if (t >= text.Length || !MatchClass(pattern, ref p, text[t]))
                    {
                        return false;
                    }

                    break;
                case '\\' when p + 1 < pattern.Length:
                    p++;
                    if (t >= text.Length || pattern[p] != text[t])
                    {
                        return false;
                    }

                    break;
                default:
                    if (t >= text.Length || pattern[p] != text[t])
                    {
                        return false;
                    }

                    break;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }

    /// <summary>Matches one character against the class starting at pattern[p]; leaves p on its closing ']'.</summary>
    private static bool MatchClass(string pattern, ref int p, char c)
    {
        p++;
        var negate = p < pattern.Length && pattern[p] == '^';
        if (negate)
        {
            p++;
        }

        var matched = false;
        for (; p < pattern.Length && pattern[p] != ']'; p++)
        {
            if (pattern[p] == '\\' && p + 1 < pattern.Length)
            {
                p++;
                matched |= pattern[p] == c;
            }
            else if (p + 2 < pattern.Length && pattern[p + 1] == '-' && pattern[p + 2] != ']')
            {
                var (low, high) = pattern[p] <= pattern[p + 2] ? (pattern[p], pattern[p + 2]) : (pattern[p + 2], pattern[p]);
                matched |= c >= low && c <= high;
                p += 2;
            }
            else
            {
                matched |= pattern[p] == c;
            }
        }

        // An unclosed class: Redis treats the end of the pattern as its end.
        if (p >= pattern.Length)
        {
            p--;
        }

        return negate ? !matched : matched;
    }
}
