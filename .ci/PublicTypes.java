import java.io.*;
import java.lang.reflect.Modifier;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/** Used by .ci/public-types.sh. java PublicTypes.java <classesDir> <cp> [exportedPkg,...]: counts public types (public and every enclosing type public). */
public class PublicTypes {
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    List<URL> urls = new ArrayList<>(); urls.add(dir.toUri().toURL());
    for (String p : a[1].split(":")) if (!p.isEmpty()) urls.add(Path.of(p).toUri().toURL());
    Set<String> exported = a.length > 2 ? Set.of(a[2].split(",")) : null;
    ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), null);
    Map<String, Integer> perPkg = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
        String name = dir.relativize(f).toString().replace(".class", "").replace('/', '.');
        if (name.endsWith("module-info") || name.endsWith("package-info")) continue;
        Class<?> c = Class.forName(name, false, cl);
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) continue;
        boolean pub = true;
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) pub &= Modifier.isPublic(k.getModifiers());
        if (!pub) continue;
        if (exported != null && !exported.contains(c.getPackageName())) continue;
        perPkg.merge(c.getPackageName(), 1, Integer::sum);
        if (System.getenv("LIST") != null) System.out.println("  " + c.getName());
      }
    }
    perPkg.forEach((k, v) -> System.out.println(v + "\t" + k));
    System.out.println(perPkg.values().stream().mapToInt(i -> i).sum() + "\tTOTAL");
  }
}
