#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace OvhTest {

// Fills the open POST /domain/zone/{zoneName}/record form below `root` (the form, or the window
// that shows it) as a person does: zone example.com, the record `type`, then `subDomain` unless
// empty, then `target`.
void typeRecord(QWidget* root, const QString& type, const QString& target,
    const QString& subDomain = QString());

} // namespace OvhTest
