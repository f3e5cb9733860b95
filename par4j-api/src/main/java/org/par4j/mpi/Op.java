package org.par4j.mpi;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * A reduction operation for {@code reduce}, {@code allreduce}, {@code reduceScatter}, {@code scan} and
 * {@code exscan}: the predefined MPI operations, or your own ({@link #of}, {@link #ofDoubles},
 * {@link #ofLongs}, or a subclass).
 *
 * <p>On objects the predefined operations take boxed numbers ({@code SUM}, {@code PROD}: also
 * {@link BigInteger}, {@link BigDecimal} and primitive arrays, element-wise), {@link Comparable}s
 * ({@code MIN}, {@code MAX}), booleans ({@code LAND}, {@code LOR}, {@code LXOR}), integers and booleans
 * ({@code BAND}, {@code BOR}, {@code BXOR}) and {@link Loc} pairs ({@code MINLOC}, {@code MAXLOC}). On
 * buffers they work element-wise; {@code MINLOC}/{@code MAXLOC} read the buffer as (value, index) pairs
 * of its type, like {@code MPI_2INT}.
 *
 * <pre>{@code
 * double total = world.allreduce(myPart, Op.SUM);
 * Op.Loc<Double> best = world.allreduce(new Op.Loc<>(myError, world.rank()), Op.MINLOC);
 * Op concat = Op.of("concat", (String a, String b) -> a + b, false);
 * }</pre>
 *
 * <p>{@code combine(a, b)} is always called with {@code a} from the lower ranks, so a non-commutative
 * operation gets the rank order MPI specifies.
 */
public abstract class Op {
    private static final ValueLayout.OfDouble D = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfShort S = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfChar C = ValueLayout.JAVA_CHAR_UNALIGNED;

    /** Sum. */
    public static final Op SUM = new Arithmetic("SUM", Long::sum, Double::sum);
    /** Product. */
    public static final Op PROD = new Arithmetic("PROD", (a, b) -> a * b, (a, b) -> a * b);
    /** Minimum. */
    public static final Op MIN = new Arithmetic("MIN", Math::min, Math::min);
    /** Maximum. */
    public static final Op MAX = new Arithmetic("MAX", Math::max, Math::max);
    /** Logical and (non-zero is true). */
    public static final Op LAND = new Arithmetic("LAND", (a, b) -> a != 0 && b != 0 ? 1 : 0, null);
    /** Logical or. */
    public static final Op LOR = new Arithmetic("LOR", (a, b) -> a != 0 || b != 0 ? 1 : 0, null);
    /** Logical exclusive or. */
    public static final Op LXOR = new Arithmetic("LXOR", (a, b) -> (a != 0) != (b != 0) ? 1 : 0, null);
    /** Bitwise and. */
    public static final Op BAND = new Arithmetic("BAND", (a, b) -> a & b, null);
    /** Bitwise or. */
    public static final Op BOR = new Arithmetic("BOR", (a, b) -> a | b, null);
    /** Bitwise exclusive or. */
    public static final Op BXOR = new Arithmetic("BXOR", (a, b) -> a ^ b, null);
    /** The minimum and the lowest index holding it. */
    public static final Op MINLOC = new Location("MINLOC", -1);
    /** The maximum and the lowest index holding it. */
    public static final Op MAXLOC = new Location("MAXLOC", 1);

    private final String name;
    private final boolean commutative;

    /**
     * @param name the name, for messages
     * @param commutative whether {@code combine(a, b) == combine(b, a)}; lets algorithms reorder
     */
    protected Op(String name, boolean commutative) {
        this.name = Objects.requireNonNull(name);
        this.commutative = commutative;
    }

    /** @return the name */
    public final String name() {
        return name;
    }

    /** @return whether operands may be swapped */
    public final boolean isCommutative() {
        return commutative;
    }

    /**
     * Combines two objects.
     *
     * @param a the operand from the lower ranks
     * @param b the operand from the higher ranks
     * @return the result
     * @throws IllegalArgumentException if this operation does not apply to these values
     */
    public abstract Object combine(Object a, Object b);

    /**
     * Combines buffers element-wise: {@code inout[i] = in[i] op inout[i]} (MPI_Reduce_local).
     *
     * @param type the element type
     * @param in the operand from the lower ranks
     * @param inout the operand from the higher ranks, overwritten with the result
     * @throws IllegalArgumentException if this operation does not apply to buffers of {@code type}
     */
    public abstract void combine(Datatype type, MemorySegment in, MemorySegment inout);

    @Override
    public String toString() {
        return "Op." + name;
    }

    /**
     * A user-defined operation on objects (MPI_Op_create).
     *
     * @param <T> the operand type
     * @param name a name for messages
     * @param fn the operation
     * @param commutative whether operands may be swapped
     * @return the operation; it does not apply to buffers
     */
    public static <T> Op of(String name, BinaryOperator<T> fn, boolean commutative) {
        return new Op(name, commutative) {
            @Override
            @SuppressWarnings("unchecked")
            public Object combine(Object a, Object b) {
                return fn.apply((T) a, (T) b);
            }

            @Override
            public void combine(Datatype type, MemorySegment in, MemorySegment inout) {
                throw new IllegalArgumentException(this + " is defined for objects only; use Op.ofDoubles/ofLongs for buffers");
            }
        };
    }

    /**
     * A user-defined commutative operation on {@code float}/{@code double} buffers and boxed numbers.
     *
     * @param name a name for messages
     * @param fn the operation
     * @return the operation
     */
    public static Op ofDoubles(String name, DoubleBinaryOperator fn) {
        return new Arithmetic(name, null, fn);
    }

    /**
     * A user-defined commutative operation on integral buffers and boxed integers.
     *
     * @param name a name for messages
     * @param fn the operation
     * @return the operation
     */
    public static Op ofLongs(String name, LongBinaryOperator fn) {
        return new Arithmetic(name, fn, null);
    }

    /**
     * A value and where it came from, for {@link #MINLOC} and {@link #MAXLOC} on objects.
     *
     * @param <T> the value type
     * @param value the value
     * @param index its index (usually a rank)
     */
    public record Loc<T extends Comparable<? super T>>(T value, int index) implements java.io.Serializable {
    }

    /** Element-wise operations on numbers, booleans and primitive arrays. */
    private static final class Arithmetic extends Op {
        private final LongBinaryOperator integral;
        private final DoubleBinaryOperator floating;

        Arithmetic(String name, LongBinaryOperator integral, DoubleBinaryOperator floating) {
            super(name, true);
            this.integral = integral;
            this.floating = floating;
        }

        @Override
        public Object combine(Object a, Object b) {
            return switch (a) {
                case Double x when b instanceof Double y -> floating().applyAsDouble(x, y);
                case Float x when b instanceof Float y -> (float) floating().applyAsDouble(x, y);
                case Long x when b instanceof Long y -> integral().applyAsLong(x, y);
                case Integer x when b instanceof Integer y -> (int) integral().applyAsLong(x, y);
                case Short x when b instanceof Short y -> (short) integral().applyAsLong(x, y);
                case Byte x when b instanceof Byte y -> (byte) integral().applyAsLong(x, y);
                case Character x when b instanceof Character y -> (char) integral().applyAsLong(x, y);
                case Boolean x when b instanceof Boolean y -> integral().applyAsLong(x ? 1 : 0, y ? 1 : 0) != 0;
                case BigInteger x when b instanceof BigInteger y -> big(x, y);
                case BigDecimal x when b instanceof BigDecimal y -> big(x, y);
                case double[] x when b instanceof double[] y -> arrays(x, y, Buffer.of(x), Buffer.of(y));
                case float[] x when b instanceof float[] y -> arrays(x, y, Buffer.of(x), Buffer.of(y));
                case long[] x when b instanceof long[] y -> arrays(x, y, Buffer.of(x), Buffer.of(y));
                case int[] x when b instanceof int[] y -> arrays(x, y, Buffer.of(x), Buffer.of(y));
                case short[] x when b instanceof short[] y -> arrays(x, y, Buffer.of(x), Buffer.of(y));
                case byte[] x when b instanceof byte[] y -> arrays(x, y, Buffer.of(x), Buffer.of(y));
                case char[] x when b instanceof char[] y -> arrays(x, y, Buffer.of(x), Buffer.of(y));
                case Comparable<?> x when (this == MIN || this == MAX) && b != null && x.getClass() == b.getClass() -> minMax(x, b);
                default -> throw new IllegalArgumentException(this + " does not apply to " + describe(a) + " and " + describe(b));
            };
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object minMax(Comparable x, Object b) {
            int c = x.compareTo(b);
            return this == MIN ? (c <= 0 ? x : b) : (c >= 0 ? x : b);
        }

        private Object big(BigInteger x, BigInteger y) {
            if (this == SUM) {
                return x.add(y);
            } else if (this == PROD) {
                return x.multiply(y);
            } else if (this == MIN) {
                return x.min(y);
            } else if (this == MAX) {
                return x.max(y);
            }
            throw new IllegalArgumentException(this + " does not apply to BigInteger");
        }

        private Object big(BigDecimal x, BigDecimal y) {
            if (this == SUM) {
                return x.add(y);
            } else if (this == PROD) {
                return x.multiply(y);
            } else if (this == MIN) {
                return x.min(y);
            } else if (this == MAX) {
                return x.max(y);
            }
            throw new IllegalArgumentException(this + " does not apply to BigDecimal");
        }

        private Object arrays(Object x, Object y, Buffer bx, Buffer by) {
            if (bx.count() != by.count()) {
                throw new IllegalArgumentException(this + " on arrays of different lengths: " + bx.count() + " and " + by.count());
            }
            Object out = switch (y) {
                case double[] a -> a.clone();
                case float[] a -> a.clone();
                case long[] a -> a.clone();
                case int[] a -> a.clone();
                case short[] a -> a.clone();
                case byte[] a -> a.clone();
                case char[] a -> a.clone();
                default -> throw new IllegalStateException();
            };
            combine(bx.type(), bx.segment(), Buffer.of(out, 0, (int) by.count()).segment());
            return out;
        }

        /** The hot case of allreduce: plain array loops (which the JIT vectorises) when both sides are double[]. */
        private static void sumDoubles(MemorySegment in, MemorySegment out, long n) {
            if (in.heapBase().orElse(null) instanceof double[] a && out.heapBase().orElse(null) instanceof double[] b
                    && in.address() % 8 == 0 && out.address() % 8 == 0) {
                int ai = (int) (in.address() / 8);
                int bi = (int) (out.address() / 8);
                int count = (int) n; // an int bound: compared with a long, C2 neither unrolls nor vectorises the loop
                for (int i = 0; i < count; i++) {
                    b[bi + i] += a[ai + i];
                }
                return;
            }
            for (long i = 0; i < n; i++) {
                out.setAtIndex(D, i, in.getAtIndex(D, i) + out.getAtIndex(D, i));
            }
        }

        private LongBinaryOperator integral() {
            if (integral == null) {
                throw new IllegalArgumentException(this + " does not apply to integers");
            }
            return integral;
        }

        private DoubleBinaryOperator floating() {
            if (floating == null) {
                throw new IllegalArgumentException(this + " does not apply to floating-point values");
            }
            return floating;
        }

        @Override
        public void combine(Datatype type, MemorySegment in, MemorySegment out) {
            long n = in.byteSize() / type.byteSize();
            if (out.byteSize() < in.byteSize()) {
                throw new IllegalArgumentException("reduction operands differ in size: " + in.byteSize() + " and " + out.byteSize() + " bytes");
            }
            if (this == SUM && type == Datatype.DOUBLE) {
                sumDoubles(in, out, n);
                return;
            }
            switch (type) {
                case DOUBLE -> {
                    DoubleBinaryOperator f = floating();
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(D, i, f.applyAsDouble(in.getAtIndex(D, i), out.getAtIndex(D, i)));
                    }
                }
                case FLOAT -> {
                    DoubleBinaryOperator f = floating();
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(F, i, (float) f.applyAsDouble(in.getAtIndex(F, i), out.getAtIndex(F, i)));
                    }
                }
                case LONG -> {
                    LongBinaryOperator f = integral();
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(L, i, f.applyAsLong(in.getAtIndex(L, i), out.getAtIndex(L, i)));
                    }
                }
                case INT -> {
                    LongBinaryOperator f = integral();
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(I, i, (int) f.applyAsLong(in.getAtIndex(I, i), out.getAtIndex(I, i)));
                    }
                }
                case SHORT -> {
                    LongBinaryOperator f = integral();
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(S, i, (short) f.applyAsLong(in.getAtIndex(S, i), out.getAtIndex(S, i)));
                    }
                }
                case CHAR -> {
                    LongBinaryOperator f = integral();
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(C, i, (char) f.applyAsLong(in.getAtIndex(C, i), out.getAtIndex(C, i)));
                    }
                }
                case BYTE -> {
                    LongBinaryOperator f = integral();
                    for (long i = 0; i < n; i++) {
                        out.set(ValueLayout.JAVA_BYTE, i, (byte) f.applyAsLong(in.get(ValueLayout.JAVA_BYTE, i), out.get(ValueLayout.JAVA_BYTE, i)));
                    }
                }
            }
        }
    }

    /** MINLOC and MAXLOC: keep the extreme value, the lower index on ties. */
    private static final class Location extends Op {
        private final int sign;

        Location(String name, int sign) {
            super(name, true);
            this.sign = sign;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object combine(Object a, Object b) {
            if (!(a instanceof Loc x) || !(b instanceof Loc y)) {
                throw new IllegalArgumentException(this + " applies to Op.Loc pairs, not " + describe(a) + " and " + describe(b));
            }
            int c = x.value().compareTo(y.value()) * sign;
            return c > 0 || (c == 0 && x.index() <= y.index()) ? x : y;
        }

        @Override
        public void combine(Datatype type, MemorySegment in, MemorySegment out) {
            long pairs = in.byteSize() / (2L * type.byteSize());
            for (long p = 0; p < pairs; p++) {
                double va = read(type, in, 2 * p);
                double vb = read(type, out, 2 * p);
                double ia = read(type, in, 2 * p + 1);
                double ib = read(type, out, 2 * p + 1);
                int c = Double.compare(va, vb) * sign;
                if (c > 0 || (c == 0 && ia < ib)) {
                    long bytes = 2L * type.byteSize();
                    MemorySegment.copy(in, p * bytes, out, p * bytes, bytes);
                }
            }
        }

        private static double read(Datatype t, MemorySegment s, long i) {
            return switch (t) {
                case DOUBLE -> s.getAtIndex(D, i);
                case FLOAT -> s.getAtIndex(F, i);
                case LONG -> s.getAtIndex(L, i);
                case INT -> s.getAtIndex(I, i);
                case SHORT -> s.getAtIndex(S, i);
                case CHAR -> s.getAtIndex(C, i);
                case BYTE -> s.get(ValueLayout.JAVA_BYTE, i);
            };
        }
    }

    private static String describe(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName();
    }
}
