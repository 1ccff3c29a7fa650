package org.apogate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Antialiased strokes: coverage is the share of each pixel's square the stroke covers. */
class CanvasTest {
    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x000000;

    private static Canvas blank(int width, int height) {
        Canvas canvas = new Canvas(new RgbImage(width, height));
        canvas.fillRect(0, 0, width, height, WHITE);
        return canvas;
    }

    /** Share of a pixel covered by black drawn over white. */
    private static double coverage(RgbImage image, int x, int y) {
        return 1 - (image.rgb(x, y) & 0xFF) / 255.0;
    }

    @Test
    void verticalLineCoversThePixelsItsWidthSpans() {
        Canvas canvas = blank(30, 30);
        canvas.line(10.25, 5, 10.25, 25, 2, BLACK); // spans x 9.25..11.25, y 4..26 with square ends
        RgbImage image = canvas.image();
        assertEquals(WHITE, image.rgb(8, 15));
        assertEquals(0x404040, image.rgb(9, 15), "three quarters covered");
        assertEquals(BLACK, image.rgb(10, 15));
        assertEquals(0xBFBFBF, image.rgb(11, 15), "a quarter covered");
        assertEquals(WHITE, image.rgb(12, 15));
        assertEquals(WHITE, image.rgb(10, 3));
        assertEquals(BLACK, image.rgb(10, 4), "square end reaches half the width past the end point");
        assertEquals(WHITE, image.rgb(10, 26));
    }

    @Test
    void onePixelLineOnAPixelEdgeIsTwoHalfCoveredColumns() {
        Canvas canvas = blank(20, 20);
        canvas.line(10, 2, 10, 18, 1, BLACK);
        assertEquals(0x7F7F7F, canvas.image().rgb(9, 10));
        assertEquals(0x7F7F7F, canvas.image().rgb(10, 10));
        assertEquals(WHITE, canvas.image().rgb(11, 10));
    }

    @Test
    void diagonalStrokeCoverageAddsUpToItsArea() {
        double width = 2;
        AlphaMask mask = ShapeRasterizer.fill(0, 0, 100, 100, Strokes.squareEnded(20, 20, 80, 70, width));
        double length = Math.hypot(60, 50) + width; // square ends add half a width at each end
        assertEquals(length * width, covered(mask), 0.5); // exact up to 8-bit rounding along the edges
        assertEquals(0, mask.at(80, 20), "far from the line");
        assertEquals(255, mask.at(50, 45), "on the line's centre");
    }

    @Test
    void strokesStopAtTheClip() {
        Canvas canvas = blank(40, 40);
        canvas.clip(10, 10, 20, 20);
        canvas.line(0, 0, 40, 40, 3, BLACK);
        canvas.unclip();
        RgbImage image = canvas.image();
        assertEquals(WHITE, image.rgb(5, 5), "before the clip");
        assertEquals(BLACK, image.rgb(15, 15), "inside");
        assertEquals(WHITE, image.rgb(35, 35), "after the clip");
        assertEquals(BLACK, image.rgb(10, 10));
        assertEquals(WHITE, image.rgb(9, 9));
        assertEquals(BLACK, image.rgb(29, 29));
        assertEquals(WHITE, image.rgb(30, 30));
    }

    @Test
    void rectangleOutlineLeavesTheInsideAlone() {
        Canvas canvas = blank(30, 30);
        canvas.fillRect(10, 10, 10, 10, 0x00FF00);
        canvas.strokeRect(5.5, 5.5, 20, 20, 1, BLACK); // edges centred on pixels 5 and 25
        RgbImage image = canvas.image();
        assertEquals(BLACK, image.rgb(5, 5));
        assertEquals(BLACK, image.rgb(25, 12));
        assertEquals(BLACK, image.rgb(14, 25));
        assertEquals(WHITE, image.rgb(6, 6));
        assertEquals(WHITE, image.rgb(4, 12));
        assertEquals(0x00FF00, image.rgb(15, 15));
    }

    @Test
    void polygonCornersAreRoundAndNotInkedTwice() {
        // Width 2 along pixel centres: edges span 9.5..11.5. At the top-left corner, pixel (9, 10) lies
        // on the round join: the stroke covers 0.25 of it below y = 10.5 and 0.228 of it inside the
        // join's unit circle above. Adding both edges' coverage there would give about 0.94.
        Canvas canvas = blank(40, 40);
        canvas.polygon(new double[] {10.5, 30.5, 30.5, 10.5}, new double[] {10.5, 10.5, 30.5, 30.5}, 2, BLACK);
        RgbImage image = canvas.image();
        assertEquals(0.478, coverage(image, 9, 10), 0.03);
        assertEquals(0.478, coverage(image, 10, 9), 0.03);
        assertEquals(0.5, coverage(image, 9, 20), 0.01, "half of the pixel beside a straight edge");
        assertEquals(BLACK, image.rgb(10, 10), "corner");
        assertEquals(WHITE, image.rgb(8, 8), "outside the round corner");
        assertEquals(WHITE, image.rgb(20, 20), "inside");
    }

    @Test
    void blendRoundsTowardsTheNearestLevel() {
        assertEquals(0x808080, Canvas.blend(WHITE, BLACK, 127));
        assertEquals(WHITE, Canvas.blend(WHITE, BLACK, 0));
        assertEquals(0x123456, Canvas.blend(WHITE, 0x123456, 255));
        assertTrue((Canvas.blend(0x000000, WHITE, 230) & 0xFF) == 230, "white at 230/255 over black");
    }

    @Test
    void turningAMaskLeftReadsItUpwards() {
        // 3 wide, 2 high at (0, 0): values 1 2 3 / 4 5 6.
        AlphaMask mask = new AlphaMask(0, 0, 3, 2, new byte[] {1, 2, 3, 4, 5, 6});
        AlphaMask turned = mask.rotatedLeft();
        assertEquals(2, turned.width);
        assertEquals(3, turned.height);
        // Pixel (u, v) goes to (v, -u - 1): the first column ends up at the bottom row.
        assertEquals(1, turned.at(0, -1));
        assertEquals(4, turned.at(1, -1));
        assertEquals(3, turned.at(0, -3));
        assertEquals(6, turned.at(1, -3));
    }

    private static double covered(AlphaMask mask) {
        double sum = 0;
        for (int y = mask.y; y < mask.y + mask.height; y++) {
            for (int x = mask.x; x < mask.x + mask.width; x++) {
                sum += mask.at(x, y) / 255.0;
            }
        }
        return sum;
    }
}
