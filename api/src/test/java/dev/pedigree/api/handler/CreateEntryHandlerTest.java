package dev.pedigree.api.handler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.service.Registration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CreateEntryHandlerTest {

  @Test
  void answer_sameBytesAsTheWholeTextInUtf8() {
    // A bundle's checkpoint signature line starts with U+2014, so the text is not Latin-1.
    String bundle = "{\"entry\":{\"proof\":\"c2sp.org/tlog-proof@v1\\nindex 7\\n\\n"
        + "example.com/log\\n8\\nAAAA\\n\\n\u2014 example.com/log AbCd\\n\"},\"keys\":[]}";
    Registration r = new Registration("ab".repeat(32), 7, Bytes.fromHex("cd".repeat(32)),
        Bytes.copyOf(bundle.getBytes(StandardCharsets.UTF_8)), true);
    String whole = "{\"id\":\"" + "ab".repeat(32) + "\",\"index\":7,\"leafHash\":\""
        + "cd".repeat(32) + "\",\"bundle\":" + bundle + "}";
    assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8),
        CreateEntryHandler.answer(r).getBytes());
  }
}
