#pragma once

#include "net/callresult.h"
#include "schemafixtures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMouseEvent>
#include <QWidget>

// What the tests of the Result's links share: an answer to show, a form field's text, the
// pointer's shape over a point.
namespace OvhTest {

// The record list of a zone, its detail, and the zone their forms are opened with.
inline const QString kListOperation = QStringLiteral("GET ") + kRecordPath;
inline const QString kDetailOperation = kListOperation + QStringLiteral("/{id}");
inline const QString kZone = QStringLiteral("example.com");

// A 200 answer of `body` (any JSON value) to a GET of `url`.
inline Ovh::CallResult okAnswer(const QByteArray& body,
    const QByteArray& url = "https://eu.api.ovh.com/1.0/domain/zone/example.com/record")
{
    Ovh::CallResult result;
    result.status = 200;
    result.reason = QStringLiteral("OK");
    result.body = body;
    result.json = QJsonDocument::fromJson("[" + body + "]").array().at(0);
    result.request.method = "GET";
    result.request.url = url;
    return result;
}

// The text of the field named `name` ("field:id") under `view`.
inline QString fieldText(QWidget* view, const QString& name)
{
    auto* edit = view->findChild<QLineEdit*>(name);
    return edit ? edit->text() : QStringLiteral("<no field %1>").arg(name);
}

// The pointer moved (no button held) to `position` of `widget`, as the system says it.
inline void moveTo(QWidget* widget, const QPoint& position)
{
    QMouseEvent move(QEvent::MouseMove, position, widget->mapToGlobal(position), Qt::NoButton,
        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}

// Whether the pointer is a hand once moved to `position`.
inline bool handAt(QWidget* widget, const QPoint& position)
{
    moveTo(widget, position);
    return widget->testAttribute(Qt::WA_SetCursor)
        && widget->cursor().shape() == Qt::PointingHandCursor;
}

} // namespace OvhTest
