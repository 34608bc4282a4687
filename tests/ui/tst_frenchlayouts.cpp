// Issue 15, what the French screenshots showed: the result's buttons cut in a narrow pane
// (longer French words, the History dock open), the English "cancelled" of core in the result's
// message and in the History's status badge, "cartId: …" without French's space before the colon.
#include "look/badges.h"
#include "look/flowlayout.h"
#include "look/messagebar.h"
#include "look/wraprow.h"
#include "operation/resultview.h"

#include "call/callerror.h"
#include "net/callresult.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace Ovh;

namespace {

// Says every message of `context` as "«source»": shows what goes through the catalogue.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char* context)
        : m_context(context)
    { }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* /*disambiguation*/,
        int /*n*/) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return QString();
        return QStringLiteral("\u00ab%1\u00bb").arg(QString::fromUtf8(source));
    }

private:
    const char* m_context;
};

CallResult notFound()
{
    CallResult result;
    result.status = 404;
    result.reason = QStringLiteral("Not Found");
    result.queryId = QStringLiteral("EU.ext-3.6a2b1c4d.12345.0123456789abcdef0123456789abcdef");
    result.body = R"({"class":"Client::NotFound","message":"This service does not exist"})";
    result.elapsedMs = 135;
    return result;
}

} // namespace

class TestFrenchLayouts : public QObject
{
    Q_OBJECT

private slots:
    void resultButtonsAreNeverCut_data();
    void resultButtonsAreNeverCut();
    void wrapRowFollowsItsWidth();
    void cancelledCallIsSaidInTheWindowsLanguage();
    void historyBadgeSaysTheFailureInTheWindowsLanguage();
    void fieldErrorFollowsTheLanguagesTypography();
};

void TestFrenchLayouts::resultButtonsAreNeverCut_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("wide") << 1000;
    QTest::newRow("just too narrow for one row") << 640;
    QTest::newRow("one row, tight") << 700;
    QTest::newRow("History dock open") << 520;
    QTest::newRow("narrow") << 380;
    QTest::newRow("the pane at its least") << 320;
}

void TestFrenchLayouts::resultButtonsAreNeverCut()
{
    QFETCH(int, width);
    // Held at that width as a splitter holds the result pane (whatever it would rather have).
    QWidget host;
    auto* pane = new ResultView(&host);
    ResultView& view = *pane;
    // French-length words on the buttons and the status.
    view.showResult(notFound());
    const char* const names[]
        = { "showRequestButton", "copyResultButton", "saveResultButton", "compareButton" };
    const QStringList longer { QStringLiteral("Requ\u00eate envoy\u00e9e"),
        QStringLiteral("Copier"), QStringLiteral("Enregistrer\u2026") };
    for (int i = 0; i < 3; ++i)
        view.findChild<QPushButton*>(QLatin1String(names[i]))->setText(longer.at(i));
    // As OperationView adds "Compare with…".
    auto* compare = new QPushButton(QStringLiteral("Comparer avec\u2026"));
    compare->setObjectName(QStringLiteral("compareButton"));
    view.addSummaryWidget(compare);
    host.resize(width, 500);
    view.setGeometry(0, 0, width, 500);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QCOMPARE(view.width(), width);
    auto* status = view.findChild<QLabel*>(QStringLiteral("resultStatus"));
    QTRY_VERIFY(status->width() >= status->sizeHint().width());
    // Beside the status, the buttons keep to one line; the row wraps as a whole.
    auto* row = view.findChild<WrapRow*>(QStringLiteral("resultSummary"));
    QVERIFY(row);
    const int firstY = view.findChild<QPushButton*>(QLatin1String(names[0]))->y();
    for (const char* name : names) {
        auto* button = view.findChild<QPushButton*>(QLatin1String(name));
        if (!row->isWrapped())
            QCOMPARE(button->y(), firstY);
        QVERIFY(button);
        QVERIFY2(button->width() >= button->sizeHint().width(),
            qPrintable(QStringLiteral("%1: %2 px for %3")
                           .arg(QLatin1String(name))
                           .arg(button->width())
                           .arg(button->sizeHint().width())));
        // Inside the view, not pushed past its edge.
        const QRect shown(button->mapTo(&view, QPoint(0, 0)), button->size());
        QVERIFY2(view.rect().contains(shown), name);
    }
}

void TestFrenchLayouts::wrapRowFollowsItsWidth()
{
    WrapRow row;
    auto* label = new QLabel(QStringLiteral("404 Not Found"), &row);
    label->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    row.lead()->addWidget(label);
    auto* button = new QPushButton(QStringLiteral("Enregistrer\u2026"), &row);
    row.tail()->addWidget(button);
    const int both = label->sizeHint().width() + button->sizeHint().width();
    row.resize(both + 40, 40);
    row.show();
    QVERIFY(QTest::qWaitForWindowExposed(&row));
    QTRY_VERIFY(!row.isWrapped());
    QVERIFY(button->x() > label->x());
    QVERIFY(button->geometry().top() < label->geometry().bottom()); // one line
    // Narrower than both: the button goes under, whole.
    row.resize(qMax(label->sizeHint().width(), button->sizeHint().width()) + 4, 80);
    QTRY_VERIFY(row.isWrapped());
    QTRY_VERIFY(button->geometry().top() > label->geometry().bottom());
    QVERIFY(button->width() >= button->sizeHint().width());
    QVERIFY(row.minimumSizeHint().width() < both);
    // A longer button while wrapped, then room again: side by side once it fits.
    row.resize(both + 40, 80);
    QTRY_VERIFY(!row.isWrapped());
    button->setText(QStringLiteral("Enregistrer sous un autre nom\u2026"));
    QTRY_VERIFY(row.isWrapped()); // the text grew, the width did not
}

void TestFrenchLayouts::cancelledCallIsSaidInTheWindowsLanguage()
{
    CallResult result;
    result.failure = CallResult::Failure::Cancelled;
    result.errorString = QStringLiteral("cancelled"); // core's word
    {
        ResultView view;
        view.showResult(result);
        const QString text = view.findChild<MessageBar*>(QStringLiteral("resultMessage"))->text();
        QVERIFY2(
            text.startsWith(QStringLiteral("Cancelled before the answer came")), qPrintable(text));
    }
    MarkingTranslator marking("Ovh::ResultView");
    QVERIFY(QCoreApplication::installTranslator(&marking));
    ResultView view;
    view.showResult(result);
    const QString text = view.findChild<MessageBar*>(QStringLiteral("resultMessage"))->text();
    QCoreApplication::removeTranslator(&marking);
    // Every line through the catalogue: none of core's English left.
    for (const QString& line : text.split(QLatin1Char('\n')))
        QVERIFY2(line.startsWith(QChar(0xab)), qPrintable(text));
}

void TestFrenchLayouts::historyBadgeSaysTheFailureInTheWindowsLanguage()
{
    // English: core's names, as the CLI prints them.
    QCOMPARE(callStatusBadge(0, QStringLiteral("cancelled")).text, QStringLiteral("cancelled"));
    QCOMPARE(callStatusBadge(0, QString()).text, QStringLiteral("\u2014"));
    MarkingTranslator marking("Ovh::CallStatusBadge");
    QVERIFY(QCoreApplication::installTranslator(&marking));
    for (const char* failure :
        { "cancelled", "network", "timeout", "too-large", "missing-credentials" }) {
        QCOMPARE(callStatusBadge(0, QLatin1String(failure)).text,
            QStringLiteral("\u00ab%1\u00bb").arg(QLatin1String(failure)));
    }
    QCOMPARE(callStatusBadge(404, QString()).text, QStringLiteral("404"));
    // A name core may add later shows as it is.
    QCOMPARE(callStatusBadge(0, QStringLiteral("refused")).text, QStringLiteral("refused"));
    QCoreApplication::removeTranslator(&marking);
}

void TestFrenchLayouts::fieldErrorFollowsTheLanguagesTypography()
{
    const CallError missing { CallError::Kind::Missing, QStringLiteral("cartId"),
        QStringLiteral("a value is required") };
    QCOMPARE(missing.toString(), QStringLiteral("cartId: a value is required")); // the CLI's
    // French writes "cartId\u00a0: \u2026": the colon's spacing is the catalogue's.
    MarkingTranslator marking("Ovh::Base");
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const QString text = missing.toString();
    QCoreApplication::removeTranslator(&marking);
    QCOMPARE(text, QStringLiteral("\u00abcartId: a value is required\u00bb"));
}

QTEST_MAIN(TestFrenchLayouts)
#include "tst_frenchlayouts.moc"
