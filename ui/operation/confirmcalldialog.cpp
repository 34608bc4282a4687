#include "operation/confirmcalldialog.h"

#include "look/jsonhighlighter.h"
#include "look/uicolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ovh {

ConfirmCallDialog::ConfirmCallDialog(const QString& endpointName, const QString& method,
    const QString& url, const QString& body, QWidget* parent)
    : QDialog(parent)
    , m_dontAsk(new QCheckBox(tr("&Don't ask again for %1").arg(endpointName), this))
{
    setObjectName(QStringLiteral("confirmCallDialog"));
    setWindowTitle(tr("Send this %1?").arg(method));

    auto* intro
        = new QLabel(tr("This %1 goes to <b>%2</b>, a real OVHcloud API: it may change or delete "
                        "things on the account.")
                         .arg(method.toHtmlEscaped(), endpointName.toHtmlEscaped()),
            this);
    intro->setWordWrap(true);
    auto* request = new QLabel(this);
    request->setObjectName(QStringLiteral("confirmRequest"));
    request->setTextFormat(Qt::PlainText);
    request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    request->setWordWrap(true);
    request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    request->setText(method + QLatin1Char(' ') + url);
    auto* bodyView = new QPlainTextEdit(this);
    bodyView->setObjectName(QStringLiteral("confirmBody"));
    bodyView->setAccessibleName(tr("Body"));
    bodyView->setReadOnly(true);
    bodyView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bodyView->setPlainText(body.isEmpty() ? tr("(no body)") : body);
    bodyView->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    (new JsonHighlighter(bodyView->document()))->setDark(isDarkPalette(palette()));
    m_dontAsk->setObjectName(QStringLiteral("dontAskAgainCheck"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* send
        = buttons->addButton(tr("&Send %1").arg(method), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("confirmSendButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("confirmCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // Enter does not send by accident

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(request);
    layout->addWidget(bodyView, 1);
    layout->addWidget(m_dontAsk);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 360);
}

bool ConfirmCallDialog::dontAskAgain() const
{
    return m_dontAsk->isChecked();
}

} // namespace Ovh
