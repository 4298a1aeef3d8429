package io.github.micropython4j.internal.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {
    private final Secrets secrets = new Secrets(List.of(
            new SecretBinding("TOKEN_ONE", "one+secret/=", Set.of("a.example")),
            new SecretBinding("TOKEN_TWO", "xxTOKEN_ONExx", Set.of("a.example", "b.example"))));

    @Test
    void substitutesOnlyForBoundHosts() {
        assertThat(secrets.intoHeader("Bearer TOKEN_ONE", "a.example")).isEqualTo("Bearer one+secret/=");
        assertThat(secrets.intoHeader("Bearer TOKEN_ONE", "b.example")).isEqualTo("Bearer TOKEN_ONE");
        assertThat(secrets.intoHeader("Bearer TOKEN_ONE", "c.example")).isEqualTo("Bearer TOKEN_ONE");
        assertThat(secrets.intoQuery("k=TOKEN_ONE&j=TOKEN_ONE", "a.example"))
                .isEqualTo("k=one%2Bsecret%2F%3D&j=one%2Bsecret%2F%3D");
    }

    @Test
    void aSubstitutedSecretIsNotRewrittenAgain() {
        // TOKEN_TWO's value contains TOKEN_ONE's placeholder: one pass, so b.example never gets secret one
        assertThat(secrets.intoHeader("TOKEN_TWO", "b.example")).isEqualTo("xxTOKEN_ONExx");
        assertThat(secrets.intoHeader("TOKEN_TWO TOKEN_ONE", "a.example")).isEqualTo("xxTOKEN_ONExx one+secret/=");
    }

    @Test
    void masksEveryFormOfEverySecret() {
        assertThat(secrets.mask("a one+secret/= b one%2Bsecret%2F%3D c one%2bsecret%2f%3d d"))
                .isEqualTo("a TOKEN_ONE b TOKEN_ONE c TOKEN_ONE d");
        assertThat(new String(secrets.mask("é one+secret/=é".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("é TOKEN_ONEé");
        assertThat(secrets.mask("nothing here")).isEqualTo("nothing here");
        assertThat(new Secrets(List.of()).mask("one+secret/=")).isEqualTo("one+secret/=");
    }
}
