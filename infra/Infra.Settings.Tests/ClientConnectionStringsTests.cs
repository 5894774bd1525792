namespace Infra.Settings.Tests;

public class ClientConnectionStringsTests
{
    [Theory]
    [InlineData(true, "rediss://master.example.cache.amazonaws.com:6379")]
    [InlineData(false, "redis://master.example.cache.amazonaws.com:6379")]
    public void The_url_names_the_scheme_host_and_port_and_no_credentials(bool tls, string expected) =>
        Assert.Equal(expected, ClientConnectionStrings.Url("master.example.cache.amazonaws.com", 6379, tls));

    [Fact]
    public void A_token_connection_string_has_tls_the_password_and_abort_connect_off() =>
        Assert.Equal(
            "primary.example:6380,ssl=true,password=Token-0123456789abcdef,abortConnect=false",
            ClientConnectionStrings.StackExchangeRedis("primary.example", 6380, tls: true, user: null, password: "Token-0123456789abcdef"));

    [Fact]
    public void A_user_connection_string_names_the_user_and_an_ssl_host_for_an_alias() =>
        Assert.Equal(
            "cache.internal:6379,ssl=true,sslHost=master.example,user=app1,password=p4ssw0rd-p4ssw0rd,abortConnect=false",
            ClientConnectionStrings.StackExchangeRedis("cache.internal", 6379, true, "app1", "p4ssw0rd-p4ssw0rd", sslHost: "master.example"));

    [Fact]
    public void Without_tls_or_credentials_only_the_endpoint_and_abort_connect_remain() =>
        Assert.Equal("h:6379,abortConnect=false", ClientConnectionStrings.StackExchangeRedis("h", 6379, false, null, null));

    [Fact]
    public void A_value_the_format_cannot_carry_is_refused_without_showing_it()
    {
        var error = Assert.Throws<ArgumentException>(() => ClientConnectionStrings.StackExchangeRedis("h", 6379, true, null, "secret,with=comma"));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
