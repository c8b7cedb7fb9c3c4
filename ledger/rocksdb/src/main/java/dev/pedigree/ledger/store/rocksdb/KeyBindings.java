package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.KeyBinding;
import dev.pedigree.ledger.store.RemovalReason;
import java.nio.ByteBuffer;
import java.util.Optional;

/** The value of a key binding: u64 bound at ‖ u64 removed at (or -1) ‖ reason byte ‖ namespace. */
final class KeyBindings {
  private static final long NOT_REMOVED = -1;

  private KeyBindings() {}

  static byte[] encode(KeyBinding binding) {
    long removedAt = binding.removal().map(KeyBinding.Removal::index).orElse(NOT_REMOVED);
    byte reason = (byte) binding.removal().map(r -> r.reason().ordinal() + 1).orElse(0).intValue();
    return Keys.concat(binding.boundAt(), removedAt, reason, Keys.ascii(binding.namespace()));
  }

  static KeyBinding decode(Bytes keyId, byte[] value) {
    ByteBuffer in = ByteBuffer.wrap(value);
    long boundAt = in.getLong();
    long removedAt = in.getLong();
    int reason = in.get();
    String namespace = Keys.ascii(value, 17, value.length - 17);
    Optional<KeyBinding.Removal> removal = removedAt == NOT_REMOVED
        ? Optional.empty()
        : Optional.of(new KeyBinding.Removal(removedAt, RemovalReason.values()[reason - 1]));
    return new KeyBinding(keyId, namespace, boundAt, removal);
  }
}
