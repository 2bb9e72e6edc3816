package dev.pindex.persistence;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * MyBatis's object factory with the row records' constructors looked up once. The default factory
 * looks the constructor up by reflection for every row it maps: JFR put that at 7 % of the CPU of a
 * one-year price read (253 rows). Creation without arguments and of interfaces (collections) is
 * left to the default factory.
 */
final class RowConstructors extends DefaultObjectFactory {

  private static final long serialVersionUID = 1L;

  private final transient Map<Key, Constructor<?>> constructors = new ConcurrentHashMap<>();

  @Override
  public <T> T create(Class<T> type, List<Class<?>> argTypes, List<Object> args) {
    if (argTypes == null || args == null || type.isInterface()) {
      return super.create(type, argTypes, args);
    }
    Constructor<?> constructor = constructors.get(new Key(type, argTypes));
    if (constructor == null) {
      constructor = lookUp(type, argTypes);
      constructors.put(new Key(type, List.copyOf(argTypes)), constructor);
    }
    try {
      return type.cast(constructor.newInstance(args.toArray()));
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new ReflectionException(
          "Error instantiating " + type + " with arguments of types " + argTypes + ": " + e, e);
    }
  }

  private static Constructor<?> lookUp(Class<?> type, List<Class<?>> argTypes) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(argTypes.toArray(new Class<?>[0]));
      constructor.trySetAccessible();
      return constructor;
    } catch (NoSuchMethodException e) {
      throw new ReflectionException(
          "Error instantiating " + type + ": no constructor taking " + argTypes, e);
    }
  }

  private record Key(Class<?> type, List<Class<?>> argTypes) {}
}
