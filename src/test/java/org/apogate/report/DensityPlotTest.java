package org.apogate.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DensityPlotTest {
    private static final int WHITE = 0xFFFFFF;

    @Test
    void threeStandardPlotsRenderHeadlessAndIdenticallyTwice() throws Exception {
        byte[] scatter = PlotFixtures.scatter(20000, 1);
        byte[] singlets = PlotFixtures.singlets(20000, 2);
        byte[] quadrants = PlotFixtures.quadrants(20000, 3);
        assertArrayEquals(scatter, PlotFixtures.scatter(20000, 1));
        assertArrayEquals(quadrants, PlotFixtures.quadrants(20000, 3));
        for (byte[] png : List.of(scatter, singlets, quadrants)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(DensityPlot.DEFAULT_SIZE, image.getWidth());
            assertEquals(DensityPlot.DEFAULT_SIZE, image.getHeight());
            assertTrue(png.length > 5000, "a real picture, not a blank: " + png.length + " bytes");
            assertTrue(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("tIME") < 0,
                    "no timestamp chunk");
        }
        // Kept for looking at: target/plots/*.png
        Path dir = Files.createDirectories(Path.of("target", "plots"));
        Files.write(dir.resolve("scatter.png"), scatter);
        Files.write(dir.resolve("singlets.png"), singlets);
        Files.write(dir.resolve("quadrants.png"), quadrants);
    }

    @Test
    void smallAndWideSizesScaleTheLayout() throws Exception {
        List<Tick> ticks = Tick.decades(PlotFixtures.SCALE, true, 2, 5);
        DensityPlot.Builder small = DensityPlot.builder(Axis.withTicks("FITC-A :: Annexin V", 0, 1, ticks),
                        Axis.withTicks("PE-A :: PI", 0, 1, ticks), 96)
                .size(240, 240).title("A very long sample title that cannot possibly fit at this size")
                .events(new double[] {0.2, 0.8}, new double[] {0.2, 0.8})
                .quadrants(Overlays.Quadrants.apoptosis(0.5, 0.5, 50.0, 0.0, 50.0, 0.0));
        assertEquals(240, small.render().width());
        DensityPlot.Builder wide = DensityPlot.builder(Axis.linear("x", 0, 1), Axis.linear("y", 0, 1)).size(800, 400);
        assertEquals(800, wide.render().width());
        assertEquals(400, wide.render().height());
        Path dir = Files.createDirectories(Path.of("target", "plots"));
        Files.write(dir.resolve("small.png"), small.toPng());
        Files.write(dir.resolve("wide.png"), wide.toPng());
    }

    @Test
    void singleEventIsVisibleAndEmptyBinsStayWhite() throws Exception {
        // 4 bins over [0, 4): one event in bin (0, 0) among a thousand in bin (3, 3).
        double[] xs = new double[1001];
        double[] ys = new double[1001];
        java.util.Arrays.fill(xs, 3.5);
        java.util.Arrays.fill(ys, 3.5);
        xs[0] = 0.5;
        ys[0] = 0.5;
        RgbImage image = DensityPlot.builder(Axis.linear("x", 0, 4), Axis.linear("y", 0, 4), 4)
                .events(xs, ys).render();
        // Plot area at 480 px: left 82, top 34, 384 x 384; each bin is 96 px square.
        int lone = image.rgb(82 + 48, 34 + 384 - 48) & WHITE;
        int dense = image.rgb(82 + 384 - 48, 34 + 48) & WHITE;
        int empty = image.rgb(82 + 384 - 48, 34 + 384 - 48) & WHITE;
        assertEquals(PseudoColor.table()[0], lone, "a lone event is drawn in the first (blue) colour");
        assertEquals(PseudoColor.table()[255], dense, "the fullest bin is drawn in the last (red) colour");
        assertEquals(WHITE, empty);
        assertNotEquals(WHITE, lone);
    }

    @Test
    void quadrantLinesSitWhereTheAxesMapTheThresholds() {
        // Events only in the top-right corner, away from the pixels checked below.
        RgbImage image = DensityPlot.builder(Axis.linear("x", 0, 1), Axis.linear("y", 0, 1))
                .events(new double[] {0.95, 0.96}, new double[] {0.95, 0.96})
                .quadrants(Overlays.Quadrants.apoptosis(0.3, 0.25, 70.0, 15.0, 12.0, 3.0))
                .render();
        // Plot area at 480 px: left 82, top 34, 384 x 384; lines are 2 px wide.
        // x = 0.3 maps to 82 + 115.2 = 197.2: the line spans 196.2..198.2.
        int row = 34 + 150;
        assertEquals(0xFFFFFF, image.rgb(195, row));
        assertEquals(0x333333, image.rgb(196, row), "0.8 covered");
        assertEquals(0x000000, image.rgb(197, row));
        assertEquals(0xCCCCCC, image.rgb(198, row), "0.2 covered");
        assertEquals(0xFFFFFF, image.rgb(199, row));
        // y = 0.25 maps to 34 + 384 - 96 = 322: the line spans 321..323, two whole rows.
        int column = 82 + 250;
        assertEquals(0xFFFFFF, image.rgb(column, 320));
        assertEquals(0x000000, image.rgb(column, 321));
        assertEquals(0x000000, image.rgb(column, 322));
        assertEquals(0xFFFFFF, image.rgb(column, 323));
        // The four labels sit in the corners on their white halos: ink near each corner.
        assertTrue(hasInk(image, 82, 34, 80, 50), "upper left");
        assertTrue(hasInk(image, 82 + 384 - 120, 34, 120, 50), "upper right");
        assertTrue(hasInk(image, 82, 34 + 384 - 50, 80, 50), "lower left");
        assertTrue(hasInk(image, 82 + 384 - 120, 34 + 384 - 50, 120, 50), "lower right");
        assertFalse(hasInk(image, 82 + 100, 34 + 100, 80, 80), "no text in the middle of a quadrant");
    }

    /** Any pixel of the text colour in the rectangle. */
    private static boolean hasInk(RgbImage image, int x, int y, int w, int h) {
        for (int py = y; py < y + h; py++) {
            for (int px = x; px < x + w; px++) {
                if (image.rgb(px, py) == 0x141414) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void outOfRangeEventsPileOnTheEdgesAndNanIsSkipped() {
        DensityPlot.Builder plot = DensityPlot.builder(Axis.linear("x", 0, 10), Axis.linear("y", 0, 10), 10)
                .events(new double[] {-5, 50, Double.NaN, Double.POSITIVE_INFINITY}, new double[] {1, 1, 1, 1});
        assertEquals(3, plot.eventCount());
        RgbImage image = plot.render();
        // bin (0, 1) and bin (9, 1) are coloured; 38.4 px per bin.
        assertNotEquals(WHITE, image.rgb(82 + 19, 34 + 384 - 57) & WHITE);
        assertNotEquals(WHITE, image.rgb(82 + 384 - 19, 34 + 384 - 57) & WHITE);
    }

    @Test
    void pseudocolourRunsBlueCyanGreenYellowRed() {
        int[] lut = PseudoColor.table();
        assertEquals(256, lut.length);
        assertTrue(blue(lut[0]) > 200 && red(lut[0]) < 30, "starts blue");
        assertTrue(green(lut[64]) > 150 && blue(lut[64]) > 150, "then cyan");
        assertTrue(green(lut[128]) > 150 && red(lut[128]) < 60 && blue(lut[128]) < 60, "then green");
        assertTrue(red(lut[191]) > 200 && green(lut[191]) > 180, "then yellow");
        assertTrue(red(lut[255]) > 200 && green(lut[255]) < 30, "ends red");
        assertEquals(0, PseudoColor.index(1, Math.log(1000)));
        assertEquals(255, PseudoColor.index(1000, Math.log(1000)));
        assertEquals(128, PseudoColor.index(32, Math.log(1024))); // log 32 / log 1024 = 1/2
    }

    @Test
    void linearTicksAreRoundNumbersWithKLabels() {
        List<Tick> ticks = Tick.linear(0, 262144);
        assertEquals(List.of(0.0, 50000.0, 100000.0, 150000.0, 200000.0, 250000.0),
                ticks.stream().map(Tick::position).toList());
        assertEquals(List.of("0", "50K", "100K", "150K", "200K", "250K"), ticks.stream().map(Tick::label).toList());
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"),
                Tick.linear(0, 1).stream().map(Tick::label).toList());
        assertEquals(List.of("-100", "0", "100", "200"), Tick.linear(-150, 250).stream().map(Tick::label).toList());
    }

    @Test
    void decadeTicksAreLabelledPowersWithUnlabelledMinors() {
        List<Tick> ticks = Tick.decades(v -> v, true, 2, 3);
        assertEquals("0", ticks.get(0).label());
        assertEquals(new Tick(100, "10²"), ticks.get(1));
        assertEquals(new Tick(200, ""), ticks.get(2));
        assertEquals(new Tick(900, ""), ticks.get(9));
        assertEquals(new Tick(1000, "10³"), ticks.get(10));
        assertEquals(11, ticks.size());
        assertEquals("10⁻¹", "10" + Tick.superscript(-1));
    }

    @Test
    void axisLabelJoinsChannelAndStain() {
        assertEquals("FITC-A :: Annexin V", Axis.label("FITC-A", "Annexin V"));
        assertEquals("FSC-A", Axis.label("FSC-A", null));
        assertEquals("FSC-A", Axis.label("FSC-A", "FSC-A"));
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DensityPlot.builder(Axis.linear("x", 0, 1), Axis.linear("y", 0, 1)).events(new double[3],
                        new double[2]));
        assertEquals("x has 3 values but y has 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Axis.linear("FITC-A", 5, 5));
        assertThrows(IllegalArgumentException.class,
                () -> new Overlays.Polygon("g", new double[] {1, 2}, new double[] {1, 2}, null));
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
