package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.par4j.RemoteException;

class FastCodecExceptionTest {
    static final class QuotaExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int quota;

        QuotaExceededException(String message, int quota, Throwable cause) {
            super(message, cause);
            this.quota = quota;
        }
    }

    /** Holds a field that JDK serialization refuses, so only the exception tree can carry it. */
    static final class HoldsThreadException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("unused")
        private final Thread thread = Thread.currentThread();

        HoldsThreadException(String message) {
            super(message);
        }
    }

    @Test
    void shouldKeepTypeFieldsCauseSuppressedAndStackTrace() {
        QuotaExceededException e = new QuotaExceededException("over", 17, new IllegalArgumentException("bad arg"));
        e.addSuppressed(new UnsupportedOperationException("also"));
        QuotaExceededException back = RoundTrip.of(e);
        assertThat(back.quota).isEqualTo(17);
        assertThat(back).hasMessage("over");
        assertThat(back.getStackTrace()).isEqualTo(e.getStackTrace());
        assertThat(back.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessage("bad arg");
        assertThat(back.getSuppressed()).singleElement().isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRebuildExceptionsThatJdkSerializationCannotCarry() {
        HoldsThreadException e = new HoldsThreadException("no thread for you");
        e.initCause(new ArithmeticException("/ by zero"));
        Throwable back = RoundTrip.of(e);
        assertThat(back).isInstanceOf(HoldsThreadException.class).hasMessage("no thread for you");
        assertThat(back.getStackTrace()).isEqualTo(e.getStackTrace());
        assertThat(back.getCause()).isInstanceOf(ArithmeticException.class).hasMessage("/ by zero");
        assertThat(back.getCause().getStackTrace()).isEqualTo(e.getCause().getStackTrace());
    }

    @Test
    void shouldDecodeAnExceptionOfAnUnknownClassAsRemoteException() throws Exception {
        Throwable unknown = newUnknownException("boom");
        unknown.initCause(new IllegalArgumentException("root cause"));
        Throwable back = RoundTrip.of(unknown);
        assertThat(back).isInstanceOf(RemoteException.class).hasMessage("gen.UnknownBoom: boom");
        assertThat(((RemoteException) back).remoteClassName()).isEqualTo("gen.UnknownBoom");
        assertThat(back.getStackTrace()).isEqualTo(unknown.getStackTrace()).isNotEmpty();
        assertThat(back.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessage("root cause");
    }

    /** Its getMessage throws, and it holds a thread: only the tree can carry it. */
    static final class HostileException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("unused")
        private final Thread thread = Thread.currentThread();

        @Override
        public String getMessage() {
            throw new IllegalStateException("no message today");
        }
    }

    @Test
    void shouldEncodeExceptionsWhoseMethodsThrow() {
        Throwable back = RoundTrip.of(new HostileException());
        assertThat(back).isInstanceOf(RemoteException.class)
                .hasMessageContaining(HostileException.class.getName())
                .hasMessageContaining("getMessage() threw");
    }

    @Test
    void shouldCarryExceptionsInsideOtherValues() {
        List<Object> results = RoundTrip.of(List.of(1, new ArithmeticException("x"), "ok"));
        assertThat((Throwable) results.get(1)).isInstanceOf(ArithmeticException.class).hasMessage("x");
    }

    @Test
    void shouldSurviveCausalCycles() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalArgumentException b = new IllegalArgumentException("b", a);
        a.initCause(b);
        Throwable back = RoundTrip.of(a);
        assertThat(back).hasMessage("a");
        assertThat(back.getCause()).hasMessage("b");
    }

    /** An exception whose class lives in a throwaway loader, so the decoding side cannot load it. */
    private static Throwable newUnknownException(String message) throws Exception {
        ClassDesc runtimeException = ClassDesc.of("java.lang.RuntimeException");
        MethodTypeDesc ctor = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String);
        byte[] bytes = ClassFile.of().build(ClassDesc.of("gen.UnknownBoom"), cb -> cb
                .withFlags(ClassFile.ACC_PUBLIC)
                .withSuperclass(runtimeException)
                .withMethodBody("<init>", ctor, ClassFile.ACC_PUBLIC, code -> code
                        .aload(0).aload(1).invokespecial(runtimeException, "<init>", ctor).return_()));
        ClassLoader throwaway = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.equals("gen.UnknownBoom")) {
                    return defineClass(name, bytes, 0, bytes.length);
                }
                throw new ClassNotFoundException(name);
            }
        };
        Class<?> cls = throwaway.loadClass("gen.UnknownBoom");
        return (Throwable) cls.getConstructor(String.class).newInstance(message);
    }
}
