using static Infra.Settings.Tests.TestConfig;

namespace Infra.Settings.Tests;

public class EncryptionAndAuthTests
{
    private const string KeyArn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    [Theory]
    [InlineData("0123456789abcdef")]
    [InlineData("!&#$^<>-AAAAbbbb0123")]
    public void A_token_of_16_to_128_allowed_characters_is_accepted(string token) =>
        Assert.Equal(token, ParseWith(SettingKeys.AuthToken, token).Cache.AuthToken!.Reveal());

    [Fact]
    public void A_token_of_exactly_128_characters_is_accepted() =>
        Assert.Equal(128, ParseWith(SettingKeys.AuthToken, new string('k', 128)).Cache.AuthToken!.Length);

    [Theory]
    [InlineData(15, 'k', "shorter than 16")]
    [InlineData(129, 'k', "longer than 128")]
    public void A_token_of_the_wrong_length_is_rejected(int length, char fill, string reason) =>
        Assert.Contains(reason, SingleProblem(SettingKeys.AuthToken, new string(fill, length)).Allowed, StringComparison.Ordinal);

    [Theory]
    [InlineData("0123456789abcdef\"")]
    [InlineData("0123456789abcdef/")]
    [InlineData("0123456789abcdef@")]
    [InlineData("0123456789 abcdef")]
    [InlineData("0123456789abcdefé")]
    [InlineData("0123456789abcdef\t")]
    [InlineData("0123456789abcdef%")]
    [InlineData("0123456789abcdef*")]
    [InlineData("0123456789abcdef_")]
    [InlineData("0123456789abcdef.")]
    public void A_token_with_a_character_aws_refuses_is_rejected_without_showing_it(string token)
    {
        var problem = SingleProblem(SettingKeys.AuthToken, token);

        Assert.Contains("only letters, digits and ! & # $ ^ < > -", problem.Allowed, StringComparison.Ordinal);
        Assert.Equal(SecretValue.Mask, problem.Given);
        Assert.DoesNotContain(token, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Auth_off_needs_no_token()
    {
        var cache = Parse(Valid().Without(SettingKeys.AuthToken).With(SettingKeys.AuthEnabled, "false")).Cache;

        Assert.False(cache.AuthEnabled);
        Assert.Null(cache.AuthToken);
    }

    [Fact]
    public void Auth_without_transit_encryption_is_an_error_on_auth_mode()
    {
        var problem = SingleProblem(SettingKeys.TransitEncryption, "false");

        Assert.Equal(SettingKeys.AuthMode, problem.Key);
        Assert.Contains("only over TLS", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void No_tls_and_no_auth_is_accepted()
    {
        var cache = Parse(Valid().Without(SettingKeys.AuthToken)
            .With(SettingKeys.AuthEnabled, "false")
            .With(SettingKeys.TransitEncryption, "false")).Cache;

        Assert.False(cache.TransitEncryption);
        Assert.False(cache.AuthEnabled);
    }

    [Fact]
    public void An_encrypted_marker_is_refused_unless_asked_for()
    {
        var config = Valid().With(SettingKeys.AuthToken, StackFile.EncryptedValueMarker);

        Assert.Throws<SettingsValidationException>(() => StackSettingsParser.Parse(Project, Stack, config));
        Assert.NotNull(StackSettingsParser.Parse(Project, Stack, config, acceptEncryptedSecrets: true).Cache.AuthToken);
    }

    [Fact]
    public void An_encrypted_marker_on_a_plain_key_is_an_error()
    {
        var config = Valid().With(SettingKeys.NodeType, StackFile.EncryptedValueMarker);

        var problems = Assert.Throws<SettingsValidationException>(() => StackSettingsParser.Parse(Project, Stack, config, acceptEncryptedSecrets: true)).Problems;

        Assert.Contains(problems, p => p.Key == SettingKeys.NodeType && p.Given == DeferredValue.Given);
    }

    [Theory]
    [InlineData(KeyArn)]
    [InlineData("arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab")]
    [InlineData("arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    public void A_kms_key_arn_is_accepted(string arn) =>
        Assert.Equal(arn, ParseWith(SettingKeys.KmsKeyArn, arn).Cache.KmsKeyArn);

    [Theory]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:kms:us-east-1:123456789012:alias/my-key")]
    [InlineData("arn:aws:kms:us-east-1:12345678901:key/abc")]
    [InlineData("arn:aws:s3:us-east-1:123456789012:key/abc")]
    public void Anything_but_a_kms_key_arn_is_rejected(string arn) =>
        Assert.Contains("a KMS key ARN", SingleProblem(SettingKeys.KmsKeyArn, arn).Allowed, StringComparison.Ordinal);

    [Fact]
    public void A_kms_key_without_encryption_at_rest_is_an_error()
    {
        var problem = Assert.Single(Problems(Valid().With(SettingKeys.KmsKeyArn, KeyArn).With(SettingKeys.AtRestEncryption, "false")));

        Assert.Equal(SettingKeys.KmsKeyArn, problem.Key);
        Assert.Contains("atRestEncryption is false", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_kms_key_arn_means_the_aws_managed_key() =>
        Assert.Null(ParseWith(SettingKeys.KmsKeyArn, "").Cache.KmsKeyArn);
}
