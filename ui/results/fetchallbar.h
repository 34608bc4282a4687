#pragma once

#include "base/credentials.h"
#include "base/endpoint.h"
#include "call/callrequest.h"
#include "net/apiclient.h"
#include "net/callresult.h"
#include "results/objectrow.h"
#include "schema/schema.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

class FetchAll;

// Fetch all, in the Result of a list that answered ids: "Fetch all (N)" fetches the detail of
// every id (FetchAll, `concurrency` at a time), with a progress bar, the count and the rate,
// and Cancel; the rows, fetched or failed, go out through rowsFetched(). Hidden for any other
// result.
class FetchAllBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchAllBar)

public:
    explicit FetchAllBar(QWidget* parent = nullptr);
    ~FetchAllBar() override;

    // Sends through `client` (owned by the caller, outliving this bar).
    void setClient(ApiClient* client) { m_client = client; }
    void setConcurrency(int calls) { m_concurrency = calls; }

    // Offers Fetch all for `result`, the answer of `request` to `list`, when it is an id list
    // whose detail operation `product` has; hides otherwise. Cancels a fetch running.
    void offer(const Product& product, const Operation& list, const CallRequest& request,
        const CallResult& result, const Endpoint& endpoint, const Credentials& credentials);
    // Hides the bar, cancelling a fetch running.
    void clear();

    void start();
    void cancel();
    bool isRunning() const;
    int idCount() const { return m_idCount; }
    FetchAll* job() const { return m_job; }

signals:
    // Every row in id order, when the fetch ends (`cancelled`: the ids not fetched hold an
    // error saying so).
    void rowsFetched(const Ovh::ObjectRows& rows, bool cancelled);

private:
    void onProgress();
    void showProgress();
    void onThrottled(qint64 waitMs);
    void onFinished(const ObjectRows& rows, bool cancelled);
    void showIdle();

    QPointer<ApiClient> m_client;
    int m_concurrency = 4;
    Product m_product;
    Operation m_list;
    CallRequest m_request;
    QJsonValue m_answer;
    Endpoint m_endpoint;
    Credentials m_credentials;
    int m_idCount = -1;
    FetchAll* m_job = nullptr;
    QTimer* m_refresh; // progress is shown at most every 100 ms, not for every row

    QLabel* m_text;
    QProgressBar* m_progress;
    QPushButton* m_fetch;
    QPushButton* m_cancel;
};

} // namespace Ovh
