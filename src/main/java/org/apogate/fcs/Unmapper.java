package org.apogate.fcs;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;

/**
 * Unmaps a {@link MappedByteBuffer} now rather than when GC collects it. Without this, every window a
 * source has passed stays mapped (and counted in resident memory) until a GC that a small-allocation
 * decode rarely triggers, so peak RSS grew to the file size.
 *
 * <p>Uses {@code sun.misc.Unsafe.invokeCleaner} (module jdk.unsupported, exported without
 * --add-opens); where it is missing, {@link #unmap} does nothing and GC unmaps as before. The caller
 * must make sure nothing reads the buffer, or any slice or view of it, afterwards: that access would
 * hit unmapped memory and crash the JVM.
 */
final class Unmapper {
    private static final MethodHandle INVOKE_CLEANER = find();

    private Unmapper() {
    }

    /** Whether {@link #unmap} can unmap on this JVM. */
    static boolean available() {
        return INVOKE_CLEANER != null;
    }

    /**
     * Unmaps {@code buffer} (the buffer {@code FileChannel.map} returned, not a slice); returns false
     * when it was left to GC instead.
     */
    static boolean unmap(MappedByteBuffer buffer) {
        if (INVOKE_CLEANER == null) {
            return false;
        }
        try {
            INVOKE_CLEANER.invokeExact((ByteBuffer) buffer);
            return true;
        } catch (IllegalArgumentException e) {
            return false; // a slice or duplicate: only its parent can be unmapped
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("unmapping a window", e); // invokeCleaner declares none
        }
    }

    private static MethodHandle find() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field field = unsafeClass.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            Object unsafe = field.get(null);
            return MethodHandles.lookup()
                    .findVirtual(unsafeClass, "invokeCleaner", MethodType.methodType(void.class, ByteBuffer.class))
                    .bindTo(unsafe);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // not this JVM's API (or denied): leave unmapping to GC
        }
    }
}
