#pragma once

#include "base/endpoint.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

class RuleEditor;

// The login dialog's "Create an application" page: links to the region's createApp page, or
// createToken with chosen rights, then back to "I have keys". Disabled on the sandbox, which
// has no such pages.
class CreateApplicationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateApplicationPage)

public:
    CreateApplicationPage(const Endpoint& endpoint, bool demo, QWidget* parent = nullptr);

    RuleEditor* ruleEditor() const { return m_rules; }

signals:
    void haveKeysRequested();
    void problem(const QString& text); // the rights are not valid

private:
    RuleEditor* m_rules;
};

} // namespace Ovh
