#pragma once

#include "schema/schema.h"

#include <QColor>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
class QRect;
class QFont;
QT_END_NAMESPACE

namespace Ovh {

// A small rounded label: fixed saturated colours, so it reads the same on light and dark palettes;
// its text keeps 4.5:1 against its fill (tst_contrast).
struct Badge
{
    QString text;
    QColor fill;
    QColor textColor;

    bool isNull() const { return text.isEmpty(); }
};

Badge methodBadge(HttpMethod method);
// Null for production (and unknown) operations: only the unusual states get a badge.
Badge statusBadge(ApiStatus::Value status);
// A call's HTTP status by class (2xx, 3xx, 4xx, 5xx); with no status, `failure` (or a dash) in
// grey.
Badge callStatusBadge(int status, const QString& failure);

// "v2" on a search result of the other API branch; null for an empty name.
Badge branchBadge(const QString& branch);

// What a screen reader says for an operation's row: "DELETE /me/sshKey/{keyName}, DEPRECATED",
// the words of the badges the row only paints.
QString spokenOperation(HttpMethod method, const QString& path, ApiStatus::Value status);

namespace BadgePainter {
// The font used inside badges, derived from the view's font.
QFont font(const QFont& base);
int width(const Badge& badge, const QFont& base);
// The width that fits every method name, so paths line up after the badge.
int methodColumnWidth(const QFont& base);
// Paints the badge vertically centred in `rect`, left-aligned; returns its width.
int paint(QPainter* painter, const QRect& rect, const Badge& badge, const QFont& base);
} // namespace BadgePainter

// "background: …; color: …" for a QLabel showing the badge.
QString badgeStyleSheet(const Badge& badge);

} // namespace Ovh
