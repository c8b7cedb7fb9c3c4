package dev.pedigree.ledger.intake;

import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import java.util.Optional;

/** Finds a public key by keyid among the keys ever bound in the ledger, removed ones included. */
@FunctionalInterface
public interface KeyLookup {
  Optional<Ed25519PublicKey> key(String keyId);
}
