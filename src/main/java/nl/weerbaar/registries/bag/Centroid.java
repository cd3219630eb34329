package nl.weerbaar.registries.bag;

/**
 * The point of a BAG object: a point as given (a verblijfsobject's), or the area-weighted centroid of the outer
 * rings of its polygon(s), without a geometry library. Holes are ignored: the point lies near the middle of the
 * outline, which is what a map pin needs. A ring without area (degenerate) gives the mean of its corners.
 */
final class Centroid {

    private boolean point;
    private double px;
    private double py;
    private double area2;
    private double cx;
    private double cy;
    private double sumX;
    private double sumY;
    private int corners;

    void clear() {
        point = false;
        px = py = area2 = cx = cy = sumX = sumY = 0;
        corners = 0;
    }

    void point(double x, double y) {
        point = true;
        px = x;
        py = y;
    }

    /**
     * Adds an outer ring given as the text of a GML posList (or pos list) with {@code dimension} numbers per corner.
     */
    void ring(CharSequence posList, int dimension) {
        double[] xy = new double[2];
        double firstX = 0;
        double firstY = 0;
        double prevX = 0;
        double prevY = 0;
        int n = 0;
        int index = 0;
        int length = posList.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(posList.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(posList.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            int position = index % dimension;
            if (position < 2) {
                xy[position] = Double.parseDouble(posList.subSequence(start, i).toString());
            }
            index++;
            if (position == dimension - 1) {
                double x = xy[0];
                double y = xy[1];
                if (n == 0) {
                    firstX = x;
                    firstY = y;
                } else {
                    double cross = prevX * y - x * prevY;
                    area2 += cross;
                    cx += (prevX + x) * cross;
                    cy += (prevY + y) * cross;
                }
                sumX += x;
                sumY += y;
                corners++;
                prevX = x;
                prevY = y;
                n++;
            }
        }
        if (n > 1 && (prevX != firstX || prevY != firstY)) {
            double cross = prevX * firstY - firstX * prevY;
            area2 += cross;
            cx += (prevX + firstX) * cross;
            cy += (prevY + firstY) * cross;
        }
    }

    boolean known() {
        return point || corners > 0;
    }

    double x() {
        if (point) {
            return px;
        }
        return Math.abs(area2) > 1e-9 ? cx / (3 * area2) : sumX / corners;
    }

    double y() {
        if (point) {
            return py;
        }
        return Math.abs(area2) > 1e-9 ? cy / (3 * area2) : sumY / corners;
    }
}
