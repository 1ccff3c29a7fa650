package org.apogate.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Our encoder against ImageIO's decoder (tests only; the product never loads ImageIO). */
class PngEncoderTest {
    @Test
    void randomImagesDecodePixelExactly() throws Exception {
        Random random = new Random(42);
        int[][] sizes = {{1, 1}, {2, 3}, {17, 5}, {64, 64}, {257, 31}};
        for (int[] size : sizes) {
            RgbImage image = new RgbImage(size[0], size[1]);
            int[] pixels = image.pixels();
            for (int i = 0; i < pixels.length; i++) {
                // Half noise, half runs of one colour: both literal bytes and repeats for deflate.
                pixels[i] = random.nextBoolean() ? random.nextInt(1 << 24) : i > 0 ? pixels[i - 1] : 0x123456;
            }
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
            assertNotNull(decoded, "ImageIO cannot read our PNG of " + size[0] + "x" + size[1]);
            assertEquals(size[0], decoded.getWidth());
            assertEquals(size[1], decoded.getHeight());
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    assertEquals(image.rgb(x, y), decoded.getRGB(x, y) & 0xFFFFFF, "pixel (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void sameImageGivesSameBytesWithOnlyHeaderDataAndEnd() {
        RgbImage image = new RgbImage(40, 30);
        java.util.Arrays.fill(image.pixels(), 0xFFFFFF);
        image.pixels()[5 * 40 + 7] = 0x0028E6;
        byte[] png = PngEncoder.encode(image);
        assertArrayEquals(png, PngEncoder.encode(image));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, java.util.Arrays.copyOf(png, 8));
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        List<String> types = new ArrayList<>();
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            assertEquals(crc.getValue(), in.getInt() & 0xFFFFFFFFL, "CRC of " + type);
            types.add(type);
            if (type.equals("IHDR")) {
                ByteBuffer header = ByteBuffer.wrap(typeAndData, 4, length);
                assertEquals(40, header.getInt());
                assertEquals(30, header.getInt());
                assertEquals(8, header.get(), "bit depth");
                assertEquals(2, header.get(), "colour type RGB");
            }
        }
        assertEquals(List.of("IHDR", "IDAT", "IEND"), types);
    }
}
