package org.par4j.runtime.wire;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Records travel as their components, in declaration order, and are rebuilt through the canonical
 * constructor (so its validation runs on the receiving side too). Accessors and constructor are
 * looked up once per class; records of modules that do not open to par4j use the fallback.
 */
final class RecordCoding {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordCoding() {
    }

    /** @return whether the record's accessors and constructor can be called from here */
    static boolean canAccess(Class<?> recordClass) {
        try {
            SHAPES.get(recordClass);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Shape shape(Class<?> recordClass) {
        return SHAPES.get(recordClass);
    }

    /** The accessors and the canonical constructor of one record class. */
    record Shape(MethodHandle[] accessors, MethodHandle constructor) {
        static Shape of(Class<?> type) {
            try {
                RecordComponent[] components = type.getRecordComponents();
                MethodHandle[] accessors = new MethodHandle[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    Method m = components[i].getAccessor();
                    m.setAccessible(true);
                    accessors[i] = MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(Object.class, Object.class));
                    types[i] = components[i].getType();
                }
                Constructor<?> ctor = type.getDeclaredConstructor(types);
                ctor.setAccessible(true);
                MethodHandle construct = MethodHandles.lookup().unreflectConstructor(ctor)
                        .asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
                return new Shape(accessors, construct);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("record " + type.getName() + " is not accessible to par4j: " + e, e);
            }
        }

        Object component(Object record, int i) {
            try {
                return (Object) accessors[i].invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("accessor of " + record.getClass().getName() + " threw " + e, e);
            }
        }

        Object construct(Object[] args) {
            try {
                return (Object) constructor.invokeExact(args);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("canonical constructor threw " + e, e);
            }
        }
    }
}
