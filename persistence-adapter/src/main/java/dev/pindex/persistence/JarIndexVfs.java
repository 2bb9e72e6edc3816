package dev.pindex.persistence;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.ibatis.io.DefaultVFS;

/**
 * MyBatis's view of the class path for its package scan ({@code addMappers}), listing a jar from
 * its central directory. MyBatis's {@link DefaultVFS} reads a jar through a {@code JarInputStream}
 * from its first byte to its last, inflating every entry on the way: in the service's jar (150 MB,
 * the embedded PostgreSQL binaries included) that was most of a second of every start. Folders
 * (classes run from {@code target/classes}) are listed by {@link DefaultVFS} as before.
 *
 * <p>Public with a public constructor because MyBatis instantiates it by reflection.
 */
public final class JarIndexVfs extends DefaultVFS {

  @Override
  public List<String> list(URL url, String path) throws IOException {
    if (!"jar".equals(url.getProtocol())) {
      return super.list(url, path);
    }
    URLConnection connection = url.openConnection();
    // a private JarFile, so closing it cannot close one the JDK's URL cache hands to others
    connection.setUseCaches(false);
    String folder = path.endsWith("/") ? path : path + "/";
    try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
      return jar.stream()
          .map(JarEntry::getName)
          .filter(name -> name.startsWith(folder) && !name.equals(folder))
          .toList();
    }
  }
}
