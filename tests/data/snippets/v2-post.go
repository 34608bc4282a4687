// POST /v2/iam/policy
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
	// https://eu.api.ovh.com/createToken/?POST=/v2/iam/policy
	client, err := ovh.NewClient(
		"ovh-eu",
		envOr("OVH_APPLICATION_KEY", "your_application_key"),
		envOr("OVH_APPLICATION_SECRET", "your_application_secret"),
		envOr("OVH_CONSUMER_KEY", "your_consumer_key"),
	)
	if err != nil {
		log.Fatal(err)
	}

	body := map[string]any{
		"name":        "read-only",        // Required. Name (type: string)
		"description": "Reads everything", // Description (type: string)
	}
	var result any
	if err := client.Post("/v2/iam/policy", body, &result); err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(result, "", "    ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
}
