package dev.pedigree.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/** The plainest store: a list of stored hashes, grown with {@link StoredHashes#forRecordHash}. */
final class ListHashStore implements HashReader {
  final List<byte[]> hashes = new ArrayList<>();
  long size;

  void append(byte[] leafHash) throws HashReadException {
    List<byte[]> added = StoredHashes.forRecordHash(size, leafHash, this);
    if (hashes.size() != StoredHashIndex.of(0, size)) {
      throw new AssertionError("stored " + hashes.size() + " before leaf " + size);
    }
    hashes.addAll(added);
    size++;
  }

  @Override
  public List<byte[]> readHashes(long[] indexes) {
    List<byte[]> out = new ArrayList<>();
    for (long index : indexes) {
      out.add(hashes.get(Math.toIntExact(index)));
    }
    return out;
  }
}
