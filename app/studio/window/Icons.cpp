// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Icons.h"

#include <QPainter>
#include <QSvgRenderer>

namespace mb::studio {

namespace {

QPixmap tinted(QSvgRenderer &renderer, int size, const QColor &colour)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), colour);
    painter.end();
    return QPixmap::fromImage(image);
}

} // namespace

QIcon actionIcon(const QString &name, const QPalette &palette)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QSvgRenderer renderer(QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg"));
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        icon.addPixmap(tinted(renderer, size, palette.color(QPalette::Active, QPalette::WindowText)),
                       QIcon::Normal);
        icon.addPixmap(tinted(renderer, size, palette.color(QPalette::Disabled, QPalette::WindowText)),
                       QIcon::Disabled);
    }
    return icon;
}

} // namespace mb::studio
