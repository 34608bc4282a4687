#include "look/badges.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QRect>

namespace Ovh {

namespace {

constexpr int kPadding = 5;
constexpr int kVerticalMargin = 2;
constexpr qreal kRadius = 3.0;

QColor rgb(int r, int g, int b)
{
    return QColor(r, g, b);
}

// Core's name of the failure of a call that got no answer (what the history stores and the CLI
// prints), in the window's language.
QString failureText(const QString& failure)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("Ovh::CallStatusBadge", "cancelled"),
        QT_TRANSLATE_NOOP("Ovh::CallStatusBadge", "network"),
        QT_TRANSLATE_NOOP("Ovh::CallStatusBadge", "timeout"),
        QT_TRANSLATE_NOOP("Ovh::CallStatusBadge", "too-large"),
        QT_TRANSLATE_NOOP("Ovh::CallStatusBadge", "missing-credentials"),
    };
    for (const char* name : names) {
        if (failure == QLatin1String(name))
            return QCoreApplication::translate("Ovh::CallStatusBadge", name);
    }
    return failure;
}

} // namespace

Badge methodBadge(HttpMethod method)
{
    const QColor white = rgb(255, 255, 255);
    switch (method) {
    case HttpMethod::Get:
        return { httpMethodName(method), rgb(0x2e, 0x7d, 0x32), white };
    case HttpMethod::Post:
        return { httpMethodName(method), rgb(0x15, 0x65, 0xc0), white };
    case HttpMethod::Put:
        return { httpMethodName(method), rgb(0xb3, 0x59, 0x00), white };
    case HttpMethod::Delete:
        return { httpMethodName(method), rgb(0xc6, 0x28, 0x28), white };
    case HttpMethod::Patch:
        return { httpMethodName(method), rgb(0x6a, 0x1b, 0x9a), white };
    case HttpMethod::Unknown:
        break;
    }
    return {};
}

Badge statusBadge(ApiStatus::Value status)
{
    switch (status) {
    case ApiStatus::Beta:
        return { apiStatusName(status), rgb(0xf9, 0xa8, 0x25), rgb(0x20, 0x20, 0x20) };
    case ApiStatus::Alpha:
        return { apiStatusName(status), rgb(0x8e, 0x24, 0xaa), rgb(255, 255, 255) };
    case ApiStatus::Deprecated:
        return { apiStatusName(status), rgb(0x61, 0x61, 0x61), rgb(255, 255, 255) };
    case ApiStatus::Production:
    case ApiStatus::Unknown:
        break;
    }
    return {};
}

Badge callStatusBadge(int status, const QString& failure)
{
    const QColor white = rgb(255, 255, 255);
    if (status == 0)
        return { failure.isEmpty() ? QStringLiteral("\u2014") : failureText(failure),
            rgb(0x75, 0x75, 0x75), white };
    const QString code = QString::number(status);
    if (status < 300)
        return { code, rgb(0x2e, 0x7d, 0x32), white };
    if (status < 400)
        return { code, rgb(0x15, 0x65, 0xc0), white };
    if (status < 500)
        return { code, rgb(0xbf, 0x36, 0x0c), white };
    return { code, rgb(0xc6, 0x28, 0x28), white };
}

Badge branchBadge(const QString& branch)
{
    if (branch.isEmpty())
        return {};
    return { branch, rgb(0x00, 0x69, 0x5c), rgb(255, 255, 255) };
}

QString spokenOperation(HttpMethod method, const QString& path, ApiStatus::Value status)
{
    QString text = httpMethodName(method) + QLatin1Char(' ') + path;
    const Badge badge = statusBadge(status);
    if (!badge.isNull())
        text += QLatin1String(", ") + badge.text;
    return text;
}

namespace BadgePainter {

QFont font(const QFont& base)
{
    QFont f = base;
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.8);
    else if (f.pixelSize() > 0)
        f.setPixelSize(qMax(8, f.pixelSize() * 4 / 5));
    return f;
}

int width(const Badge& badge, const QFont& base)
{
    if (badge.isNull())
        return 0;
    return QFontMetrics(font(base)).horizontalAdvance(badge.text) + 2 * kPadding;
}

int methodColumnWidth(const QFont& base)
{
    return width(methodBadge(HttpMethod::Delete), base);
}

int paint(QPainter* painter, const QRect& rect, const Badge& badge, const QFont& base)
{
    if (badge.isNull())
        return 0;
    const QFont badgeFont = font(base);
    const QFontMetrics metrics(badgeFont);
    const int w = metrics.horizontalAdvance(badge.text) + 2 * kPadding;
    const int h = qMin(rect.height() - 2 * kVerticalMargin, metrics.height() + 2);
    const QRect box(rect.left(), rect.top() + (rect.height() - h) / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(box), kRadius, kRadius);
    painter->fillPath(shape, badge.fill);
    painter->setPen(badge.textColor);
    painter->setFont(badgeFont);
    painter->drawText(box, Qt::AlignCenter, badge.text);
    painter->restore();
    return w;
}

} // namespace BadgePainter

QString badgeStyleSheet(const Badge& badge)
{
    return QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 3px; "
                          "padding: 2px 6px; font-weight: bold; }")
        .arg(badge.fill.name(), badge.textColor.name());
}

} // namespace Ovh
