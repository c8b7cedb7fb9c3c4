package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {
  /**
   * The launcher resolves every type in the public signatures of the main class before it calls
   * {@code main}: they must all be the JDK's, or a plain {@code hash} loads them for nothing.
   */
  @Test
  void publicSignatures_onlyJdkTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Method m : Launcher.class.getMethods()) {
      types.add(m.getReturnType());
      types.addAll(List.of(m.getParameterTypes()));
    }
    for (Class<?> type : types) {
      Class<?> t = type.isArray() ? type.componentType() : type;
      assertTrue(t.isPrimitive() || t.getName().startsWith("java."), t.getName());
    }
  }

  @Test
  void main_isPublicStaticVoidOfStrings() throws NoSuchMethodException {
    Method main = Launcher.class.getMethod("main", String[].class);
    assertTrue(Modifier.isStatic(main.getModifiers()));
    assertEquals(void.class, main.getReturnType());
  }
}
