// POST /sms/{serviceName}/jobs
// Needs the official wrapper: go mod init example && go get github.com/ovh/go-ovh/ovh
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/ovh/go-ovh/ovh"
)

// envOr reads an environment variable, with a fallback.
func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

func main() {
	// Create the keys with exactly the rights this call needs at
	// https://eu.api.ovh.com/createToken/?POST=/sms/*/jobs
	client, err := ovh.NewClient(
		"ovh-eu",
		envOr("OVH_APPLICATION_KEY", "your_application_key"),
		envOr("OVH_APPLICATION_SECRET", "your_application_secret"),
		envOr("OVH_CONSUMER_KEY", "your_consumer_key"),
	)
	if err != nil {
		log.Fatal(err)
	}

	// serviceName = sms-ab12345-1: Required. The internal name of your SMS offer (type: string)
	body := map[string]any{
		"class":          "flash",                               // Deprecated: The sms class (type: sms.ClassEnum)
		"message":        "Hello",                               // Required. The sms message (type: string)
		"noStopClause":   true,                                  // Do not display STOP clause in the message, this requires that this is not an advertising message (type: boolean)
		"receivers":      []any{"+33600000001", "+33600000002"}, // The receivers list (type: string[])
		"validityPeriod": 2880,                                  // The maximum time -in minute(s)- before the message is dropped (type: long)
	}
	var result any
	if err := client.Post("/sms/sms-ab12345-1/jobs", body, &result); err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(result, "", "    ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
}
