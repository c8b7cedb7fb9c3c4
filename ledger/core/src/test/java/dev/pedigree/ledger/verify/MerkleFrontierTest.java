package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.merkle.Merkle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleFrontierTest {
  @Test
  void root_everySizeUpTo70_matchesMerkleRoot() {
    MerkleFrontier frontier = new MerkleFrontier();
    List<byte[]> hashes = new ArrayList<>();
    assertEquals(Bytes.copyOf(Merkle.emptyRoot()), frontier.root());
    for (int i = 0; i < 70; i++) {
      byte[] hash = Merkle.leafHash(new byte[] {(byte) i});
      hashes.add(hash);
      frontier.append(hash);
      assertEquals(Bytes.copyOf(Merkle.root(hashes)), frontier.root(), "size " + (i + 1));
    }
    assertEquals(70, frontier.size());
  }

  @Test
  void root_goldenLeaves_goldenRoot() {
    MerkleFrontier frontier = new MerkleFrontier();
    Golden.leaves().forEach(l -> frontier.append(Merkle.leafHash(l)));
    assertEquals(
        "9f778e4441b86202f2387dc9ad79c4b0ba98c0338018dc594eea870e7cbc69a7", frontier.root().hex());
  }
}
