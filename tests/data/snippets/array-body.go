// PUT /cloud/project/{serviceName}/containerRegistry/{registryID}/ipRestrictions/management
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
	// https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/containerRegistry/*/ipRestrictions/management
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
	// registryID = reg-1: Required. RegistryID (type: string)
	body := []any{
		map[string]any{"description": "office", "ipBlock": "192.0.2.0/24"},
		map[string]any{"description": "home", "ipBlock": "198.51.100.7/32"},
	}
	var result any
	if err := client.Put("/cloud/project/0123456789abcdef/containerRegistry/reg-1/ipRestrictions/management", body, &result); err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(result, "", "    ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
}
