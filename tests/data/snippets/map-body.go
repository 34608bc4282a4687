// PUT /cloud/project/{serviceName}/database/mysql/{clusterId}/advancedConfiguration
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
	// https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/database/mysql/*/advancedConfiguration
	client, err := ovh.NewClient(
		"ovh-eu",
		envOr("OVH_APPLICATION_KEY", "your_application_key"),
		envOr("OVH_APPLICATION_SECRET", "your_application_secret"),
		envOr("OVH_CONSUMER_KEY", "your_consumer_key"),
	)
	if err != nil {
		log.Fatal(err)
	}

	// serviceName = 0123456789abcdef: Required. Service name (type: string)
	// clusterId = 3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b: Required. Cluster ID (type: uuid)
	body := map[string]any{
		"mysql.max_connections": "100",              // (type: string)
		"mysql.sql_mode":        "ANSI,TRADITIONAL", // (type: string)
	}
	var result any
	if err := client.Put("/cloud/project/0123456789abcdef/database/mysql/3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b/advancedConfiguration", body, &result); err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(result, "", "    ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
}
