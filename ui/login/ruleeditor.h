#pragma once

#include "auth/credentialadvice.h"
#include "auth/credentialrequest.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Ovh {

// The rights of a consumer key to request: a preset (read-only, full access, only the
// operation open in the window) or custom rows of method + path ('*' wildcards) with an
// "and everything under it" choice (the /x + /x/* pair), plus optional allowed IP blocks.
// Shows what will be requested as one line.
class RuleEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditor)

public:
    explicit RuleEditor(QWidget* parent = nullptr);

    // Enables the "only this operation" preset (empty method: disabled).
    void setCurrentOperation(const QString& method, const QString& pathTemplate);

    // Normalized, recursive rows expanded; blank rows and rows that are not valid are left out.
    CredentialRules rules() const;
    // Shows `rules` (the /x + /x/* pairs as one recursive row) and selects the preset they
    // match, else Custom.
    void setRules(const CredentialRules& rules);
    CredentialAdvice::RulePreset preset() const;
    void setPreset(CredentialAdvice::RulePreset preset);

    QStringList allowedIPs() const;
    void setAllowedIPs(const QStringList& blocks);
    // The create-token page takes no IP list: hide that field there.
    void setAllowedIPsVisible(bool visible);

    // At least one rule, every row that is not blank and every IP block valid; `reason` for a
    // person otherwise. A blank row (no path yet, e.g. just added) is ignored, not an error.
    // While not valid, the preview line shows `reason` instead of the rules.
    bool isValid(QString* reason = nullptr) const;

signals:
    void changed();

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QComboBox* method = nullptr;
        QLineEdit* path = nullptr;
        QCheckBox* recursive = nullptr;
        QToolButton* remove = nullptr;
        QLabel* problem = nullptr;
    };

    Row* addRow(const QString& method, const QString& path, bool recursive);
    void removeRow(QWidget* rowWidget);
    void clearRows();
    void showRules(const CredentialRules& rules);
    void onPresetChosen();
    void onRowEdited();
    void refresh();
    QString rowProblem(const Row& row) const;
    static bool isBlank(const Row& row);

    QComboBox* m_preset;
    QVBoxLayout* m_rowsLayout;
    QWidget* m_rowsBox;
    QToolButton* m_addButton;
    QLabel* m_ipsLabel;
    QLineEdit* m_ips;
    QLabel* m_ipsProblem;
    QLabel* m_preview;
    QList<Row> m_rows;
    std::optional<CredentialRule> m_operation;
    bool m_filling = false;
};

} // namespace Ovh
