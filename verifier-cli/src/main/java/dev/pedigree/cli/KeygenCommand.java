package dev.pedigree.cli;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pedigree keygen --out PREFIX}: a fresh Ed25519 key pair as PEM files openssl reads. */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    description = {
      "Generate an Ed25519 key pair: PREFIX.key (PKCS#8, mode 0600) and PREFIX.pub (SPKI).",
      "Prints the keyid: the SHA-256 of the public key's DER SubjectPublicKeyInfo."
    })
final class KeygenCommand extends Subcommand {
  @Option(names = "--out", required = true, paramLabel = "PREFIX", description = "Path prefix.")
  String prefix;

  @Option(names = "--force", description = "Overwrite existing key files.")
  boolean force;

  @Override
  protected int run() throws IOException {
    Path key = Path.of(prefix + ".key");
    Path pub = Path.of(prefix + ".pub");
    if (!force) {
      // Check both before writing either, so that a refusal leaves nothing half done.
      for (Path p : new Path[] {key, pub}) {
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          throw new FileAlreadyExistsException(p.toString());
        }
      }
    }
    Ed25519PrivateKey k = Ed25519PrivateKey.generate();
    KeyFiles.writePrivateKey(key, k, force);
    KeyFiles.writePublicKey(pub, k.publicKey(), force);
    PrintWriter out = out();
    out.println(k.publicKey().keyId());
    out.flush();
    return Main.OK;
  }
}
