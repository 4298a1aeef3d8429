package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadOnlyDescriptorsTest {
    private final ReadOnlyDescriptors descriptors = new ReadOnlyDescriptors(Set.of(3));

    @Test
    void preopensAreReadOnlyOrWritableAsConfigured() {
        assertThat(descriptors.allowsChanges(3)).isFalse();
        assertThat(descriptors.allowsChanges(4)).isTrue();
        assertThat(descriptors.allowsOpen(3, false)).isTrue();
        assertThat(descriptors.allowsOpen(3, true)).isFalse();
        assertThat(descriptors.allowsOpen(4, true)).isTrue();
    }

    @Test
    void descriptorsOpenedUnderAReadOnlyMountInheritIt() {
        descriptors.opened(3, 7);
        descriptors.opened(4, 8);
        assertThat(descriptors.allowsChanges(7)).isFalse();
        assertThat(descriptors.allowsChanges(8)).isTrue();
        assertThat(descriptors.allowsOpen(7, true)).isFalse();
    }

    @Test
    void closingAndReusingADescriptorNumberForgetsTheOldOne() {
        descriptors.opened(3, 7);
        descriptors.closed(7);
        assertThat(descriptors.allowsChanges(7)).isTrue();

        descriptors.opened(3, 7);
        descriptors.opened(4, 7); // reused without a close we saw: the newest open decides
        assertThat(descriptors.allowsChanges(7)).isTrue();
    }

    @Test
    void renumberingMovesTheReadOnlyMark() {
        descriptors.opened(3, 7);
        descriptors.opened(4, 8);
        descriptors.renumbered(7, 8);
        assertThat(descriptors.allowsChanges(8)).isFalse();
        assertThat(descriptors.allowsChanges(7)).isTrue();

        descriptors.opened(4, 9);
        descriptors.renumbered(9, 8);
        assertThat(descriptors.allowsChanges(8)).isTrue();
    }
}
