import colorsys

colours = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.5, 0.5, 0.5), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
           (0.0, 0.0, 1.0), (1.0, 1.0, 0.0), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (0.25, 0.75, 0.5),
           (0.1, 0.2, 0.1), (0.95, 0.9, 0.99)]
for rgb in colours:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print('  back', colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 1 / 6, 0.3, 0.5, 2 / 3, 0.75, 0.99, 1.0, 1.25, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.4))
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, -0.6), colorsys.rgb_to_hsv(2, 4, 6))
print(colorsys.hls_to_rgb(0.5, 0.5, 0.0), colorsys.hsv_to_rgb(0.5, 0.0, 0.7), colorsys.rgb_to_hls(1, 2, 3))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
for args in [('a', 0, 0), (0, 0)]:
    try:
        colorsys.rgb_to_hsv(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    colorsys.rgb_to_hsv(-0.2, 0.0, -0.5)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
